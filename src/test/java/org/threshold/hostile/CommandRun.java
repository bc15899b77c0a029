package org.threshold.hostile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threshold.cli.Command;
import org.threshold.cli.CommandLine;
import org.threshold.cli.ExportCommand;
import org.threshold.store.Leftovers;
import org.threshold.workshop.summary.ExampleSession;

/** One run of a command through the real dispatcher, as a script would see it: exit code, output, errors. */
record CommandRun(int exit, String out, String err) {
    static CommandRun of(Command command, String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> line = new ArrayList<>(List.of(command.name()));
        line.addAll(List.of(words));
        int exit = new CommandLine(List.of(command)).run(line, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code export} of the latest session in {@code db}, dated by the example clock, noting no temporary files. */
    static CommandRun export(Path db, String format, Path out, String... more) {
        List<String> words = new ArrayList<>(List.of("--db", db.toString(), "--session", "latest", "--format", format,
                "--out", out.toString()));
        words.addAll(List.of(more));
        return of(new ExportCommand(ExampleSession.DECODER, Leftovers.none(), ExampleSession.CLOCK,
                ExampleSession.LONDON), words.toArray(String[]::new));
    }

    /** The error output as the lines a terminal would show. */
    List<String> errLines() {
        return err.lines().toList();
    }
}
