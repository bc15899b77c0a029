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
import org.threshold.content.PackReader;
import org.threshold.domain.pack.Pack;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.workshop.PackLibrary;

/**
 * {@code pack validate FILE}: checks a scenario pack the way the app will read it, so a
 * facilitator writing a pack can fix every problem before the workshop. Exit 0 when the pack
 * is valid, 1 when it has problems (each printed as {@code place: message}), 2 when the file
 * cannot be read at all or the command is misused.
 *
 * <p>{@code pack import FILE [--db PATH] [--replace]}: the same check, then the pack is added to
 * the library in the database; a refused pack changes nothing. A pack already stored under the
 * same id is replaced only with {@code --replace}, since a script cannot be asked.
 *
 * <p>{@code pack list [--db PATH]}: every pack in the library, one a line; a stored pack that no
 * longer reads is listed with its problem.
 */
public final class PackCommand implements Command {
    private static final String USAGE = "pack validate FILE | pack import FILE [--db PATH [--create]] [--replace]"
            + " | pack list [--db PATH]";

    private final PackReader reader;
    private final DatabaseOption.Location database;

    public PackCommand() {
        this(new PackReader());
    }

    public PackCommand(PackReader reader) {
        this(reader, DatabaseOption::resolve);
    }

    public PackCommand(PackReader reader, DatabaseOption.Location database) {
        this.reader = reader;
        this.database = database;
    }

    @Override
    public String name() {
        return "pack";
    }

    @Override
    public String usage() {
        return USAGE + "  check a pack, add it to the library, or list the library";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Arguments arguments = new Arguments(args);
        boolean importing = args.size() > 0 && args.get(0).equals("import");
        boolean listing = args.size() > 0 && args.get(0).equals("list");
        Path databaseFile = importing || listing ? database.resolve(arguments) : null;
        boolean replace = importing && arguments.flag("--replace");
        boolean create = importing && arguments.flag(SessionCommands.CREATE);
        List<String> words = arguments.positionals();
        if (words.isEmpty()) {
            throw new CliException("Usage: " + USAGE);
        }
        if (!words.get(0).equals("validate") && !importing && !listing) {
            throw new CliException("Unknown pack action \"" + words.get(0) + "\"; usage: " + USAGE);
        }
        if (listing && words.size() == 1) {
            return SessionCommands.withDatabase(databaseFile, db -> PackListing.print(
                    new PackLibrary(new PackRepository(db)).listing(), out));
        }
        if (listing || words.size() != 2) {
            throw new CliException("Usage: " + USAGE);
        }
        Pack pack;
        try {
            pack = read(words.get(1), err);
        } catch (PackFormatException e) {
            return 1;
        }
        if (!importing) {
            int scenarios = pack.scenarios().size();
            out.println(words.get(1) + ": ok (" + scenarios + (scenarios == 1 ? " scenario)" : " scenarios)"));
            return 0;
        }
        return SessionCommands.withDatabaseToChange(databaseFile, create,
                db -> importInto(db, pack, replace, words.get(1), out, err));
    }

    private int importInto(Database db, Pack pack, boolean replace, String name, PrintStream out, PrintStream err) {
        PackLibrary library = new PackLibrary(new PackRepository(db));
        var existing = library.wouldReplace(pack.metadata().id());
        if (existing.isPresent() && !replace) {
            err.println(name + ": the library already has a pack with the id \u201c" + pack.metadata().id() + "\u201d (\u201c"
                    + Terminal.safe(existing.get().title()) + "\u201d, version "
                    + Terminal.safe(existing.get().version()) + "); add --replace to replace it");
            return 1;
        }
        try {
            library.importPack(pack, replace);
        } catch (PackFormatException e) {
            printProblems(name, e, err);
            return 1;
        } catch (IllegalStateException e) {
            err.println(name + ": " + e.getMessage());
            return 1;
        }
        int scenarios = pack.scenarios().size();
        out.println("Imported \u201c" + Terminal.safe(pack.metadata().title()) + "\u201d (" + pack.metadata().id() + ", version "
                + pack.metadata().version() + ", " + pack.metadata().jurisdiction() + ", " + scenarios
                + (scenarios == 1 ? " scenario" : " scenarios") + ") into " + db.file());
        return 0;
    }

    /** Reads and checks the pack; on problems prints each with its place and the count, and rethrows. */
    private Pack read(String name, PrintStream err) throws CliException, PackFormatException {
        try {
            return reader.read(readableFile(name));
        } catch (PackFormatException e) {
            printProblems(name, e, err);
            throw e;
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CliException(name + ": permission denied");
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            throw new CliException(name + ": cannot be read" + reason);
        }
    }

    private static void printProblems(String name, PackFormatException e, PrintStream err) {
        e.lines().forEach(err::println);
        int count = e.total();
        err.println(name + ": " + count + (count == 1 ? " problem" : " problems"));
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
