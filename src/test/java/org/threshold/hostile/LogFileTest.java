package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.Main;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.Database;
import org.threshold.workshop.summary.ArchiveSession;
import org.threshold.workshop.summary.ExampleSession;

/**
 * The app and its libraries log into one rotating, size-capped file
 * in the data folder and nothing onto standard error (no SLF4J warnings on any command), no text
 * from the files being read reaches the log, and a fault names the log file. Each runs in a
 * process of its own, as the command line does, since logging is set up once per process.
 */
class LogFileTest {
    @TempDir
    Path dir;

    @Test
    void everyLibraryLogsIntoOneRotatingCappedFileAndNothingOntoTheTerminal() throws Exception {
        Path data = dir.resolve("data");
        Run run = java(data, LoggingProbe.class.getName(), data.toString());
        assertEquals("", run.output(), "nothing on standard output or error");
        List<Path> logs = logs(data);
        assertEquals(List.of("threshold-0.log", "threshold-1.log", "threshold-2.log"),
                logs.stream().map(p -> p.getFileName().toString()).toList(), "three files at most");
        for (Path log : logs) {
            assertTrue(Files.size(log) <= 1_000_000 + 2_000, log + " is " + Files.size(log) + " bytes");
        }
        String newest = Files.readString(logs.get(0));
        for (String probe : List.of("System.Logger", "SLF4J", "Log4j API", "commons-logging")) {
            assertTrue(newest.contains("probe through " + probe), "missing " + probe + " in\n" + newest);
        }
        assertFalse(newest.contains("probe below the level kept"));
    }

    @Test
    void commandsPrintNoLibraryWarningsAndTheLogHoldsNoTextFromTheFilesRead() throws Exception {
        Path data = dir.resolve("data");
        Path db = dir.resolve("threshold.db");
        Path archive = dir.resolve("day.json");
        try (Database database = Database.open(db)) {
            WorkshopSession session = ExampleSession.create(database);
            new ArchiveSession(database, ExampleSession.CLOCK).export(session.id(), archive, false, step -> { });
        }
        ObjectNode damaged = (ObjectNode) new ObjectMapper().readTree(archive.toFile());
        ((ObjectNode) damaged.get("responses").get(0)).put("count", "CANARY the police officer's own words");
        Files.writeString(archive, damaged.toString());

        Run pdf = java(data, Main.class.getName(), "export", "--db", db.toString(), "--session", "latest", "--format",
                "pdf", "--out", dir.resolve("summary.pdf").toString());
        assertEquals(List.of(dir.resolve("summary.pdf").toString(), dir.resolve("summary-appendix.html").toString()),
                pdf.output().lines().toList(), "the paths written and nothing else");
        Run refused = java(data, Main.class.getName(), "archive", "import", archive.toString(), "--db",
                dir.resolve("other.db").toString(), "--create");
        assertEquals(1, refused.exit());
        assertEquals(1, refused.output().lines().count(), refused.output());
        String log = Files.readString(logs(data).get(0));
        assertTrue(log.contains("Refused: day.json is not a readable Threshold session archive"), log);
        assertTrue(log.contains("Caused by: com.fasterxml.jackson"), "the library's part is kept, without its words");
        assertFalse(log.contains("CANARY"), "no text from the archive in the log:\n" + log);
        assertFalse(refused.output().contains("CANARY"));
    }

    private record Run(int exit, String output) {
    }

    private static Run java(Path data, String main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("THRESHOLD_HOME", data.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static List<Path> logs(Path data) throws IOException {
        try (var files = Files.list(data.resolve("logs"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }
}
