package org.threshold.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.threshold.content.PackFormatException;
import org.threshold.content.PackProblem;
import org.threshold.content.PackReader;
import org.threshold.domain.pack.Pack;

/**
 * {@code pack validate FILE}: checks a scenario pack the way the app will read it, so a
 * facilitator writing a pack can fix every problem before the workshop. Exit 0 when the pack
 * is valid, 1 when it has problems (each printed as {@code place: message}), 2 when the file
 * cannot be read at all or the command is misused.
 */
public final class PackCommand implements Command {
    private static final String USAGE = "pack validate FILE";

    private final PackReader reader;

    public PackCommand(PackReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "pack";
    }

    @Override
    public String usage() {
        return USAGE + "  Check a scenario pack and list every problem with its place";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        List<String> words = new Arguments(args).positionals();
        if (words.isEmpty()) {
            throw new CliException("Usage: " + USAGE);
        }
        if (!words.get(0).equals("validate")) {
            throw new CliException("Unknown pack action \"" + words.get(0) + "\"; usage: " + USAGE);
        }
        if (words.size() != 2) {
            throw new CliException("Usage: " + USAGE);
        }
        return validate(words.get(1), out, err);
    }

    private int validate(String name, PrintStream out, PrintStream err) throws CliException {
        Pack pack;
        try {
            pack = reader.read(readableFile(name));
        } catch (PackFormatException e) {
            for (PackProblem problem : e.problems()) {
                err.println(problem);
            }
            int count = e.problems().size();
            err.println(name + ": " + count + (count == 1 ? " problem" : " problems"));
            return 1;
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CliException(name + ": permission denied");
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            throw new CliException(name + ": cannot be read" + reason);
        }
        int scenarios = pack.scenarios().size();
        out.println(name + ": ok (" + scenarios + (scenarios == 1 ? " scenario)" : " scenarios)"));
        return 0;
    }

    private static Path readableFile(String name) throws CliException {
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            throw new CliException(name + ": not a valid file name");
        }
        if (Files.isDirectory(file)) {
            throw new CliException(name + ": is a folder, not a pack file");
        }
        return file;
    }
}
