package org.threshold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.workshop.summary.ExampleSession;

class ExportArchiveCompareCommandsTest {
    @TempDir
    Path dir;
    Path db;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void example() {
        db = dir.resolve("threshold.db");
        try (Database database = Database.open(db)) {
            ExampleSession.create(database);
            ExampleSession.create(database);
        }
    }

    private int run(Command command, String... args) throws CliException {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private ExportCommand export() {
        return new ExportCommand(ExampleSession.DECODER, Leftovers.none(), ExampleSession.CLOCK, ExampleSession.LONDON);
    }

    @Test
    void exportWritesTheLatestSessionInTheFormatAsked() throws Exception {
        Path html = dir.resolve("out.html");
        assertEquals(0, run(export(), "--db", db.toString(), "--session", "latest", "--format", "html", "--out", html.toString()));
        assertTrue(Files.readString(html).contains("Tallowford partnership"));
        Path appendix = dir.resolve("out-appendix.html");
        assertEquals(html + "\n" + appendix, out.toString(StandardCharsets.UTF_8).strip());
        assertTrue(Files.readString(appendix).contains("every reason and note"));
        Path csv = dir.resolve("data");
        assertEquals(0, run(export(), "--db", db.toString(), "--session", "1", "--format", "csv", "--out", csv.toString(),
                "--no-notes"));
        assertTrue(Files.exists(csv.resolve("data-dictionary.csv")));
    }

    @Test
    void problemsAreOnePlainLine() {
        CliException e = assertThrows(CliException.class, () -> run(export(), "--db", db.toString(), "--session", "99",
                "--format", "pdf", "--out", dir.resolve("x.pdf").toString()));
        assertEquals("There is no session 99 in this database.", e.getMessage());
        assertEquals(1, e.exitCode());
        e = assertThrows(CliException.class, () -> run(export(), "--db", db.toString(), "--session", "1",
                "--format", "odt", "--out", "x"));
        assertTrue(e.getMessage().startsWith("Unknown format"));
        e = assertThrows(CliException.class, () -> run(export(), "--db", db.toString(), "--session", "1",
                "--format", "md", "--out", db.toString()));
        assertTrue(e.getMessage().contains("it is the database your workshops are kept in"), e.getMessage());
        assertTrue(Files.exists(db));
        e = assertThrows(CliException.class, () -> run(export(), "--db", db.toString(), "--session", "abc",
                "--format", "md", "--out", "x.md"));
        assertTrue(e.getMessage().contains("not a session number"), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1);
    }

    @Test
    void archiveExportThenImportIntoAnotherDatabaseAndRefuseASecondImport() throws Exception {
        Path file = dir.resolve("s.json");
        ArchiveCommand archive = new ArchiveCommand(Leftovers.none(), ExampleSession.CLOCK);
        assertEquals(0, run(archive, "export", "--db", db.toString(), "--session", "1", "--out", file.toString()));
        Path other = Files.createDirectory(dir.resolve("other")).resolve("threshold.db");
        assertEquals(0, run(archive, "import", file.toString(), "--db", other.toString(), "--create"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Imported \"Tallowford partnership"));
        CliException again = assertThrows(CliException.class,
                () -> run(archive, "import", file.toString(), "--db", other.toString()));
        assertTrue(again.getMessage().contains("already in this database"), again.getMessage());
    }

    @Test
    void compareWritesAComparisonOfTheChosenSessions() throws Exception {
        Path md = dir.resolve("compare.md");
        CompareCommand compare = new CompareCommand(ExampleSession.DECODER, Leftovers.none(), ExampleSession.CLOCK, ExampleSession.LONDON);
        assertEquals(0, run(compare, "--db", db.toString(), "--sessions", "1,2", "--format", "md", "--out", md.toString()));
        String text = Files.readString(md);
        assertTrue(text.contains("Trust change per agency pair"));
        assertTrue(text.contains("Fear of being blamed"));
        CliException one = assertThrows(CliException.class, () -> run(compare, "--db", db.toString(), "--sessions", "1",
                "--format", "md", "--out", md.toString()));
        assertEquals("Choose at least two sessions to compare.", one.getMessage());
    }
}
