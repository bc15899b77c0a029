package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A laptop shutting down sends SIGTERM: the app takes its closing backup and closes the database cleanly. */
class TerminationTest {
    @TempDir
    Path dir;

    @Test
    // Windows has no SIGTERM: a process there is ended outright, with no hooks run.
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void sigtermTakesTheClosingBackupAndReleasesTheDatabase() throws Exception {
        Path db = dir.resolve("threshold.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ClosingProbe.class.getName(), db.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            seen.append(line).append('\n');
        }
        assertEquals("ready", line, seen.toString());
        // On Linux and macOS, destroy() is SIGTERM: what the system sends as it shuts down.
        process.destroy();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the process ended");
        try (Services reopened = Services.open(db, Clock.systemUTC())) {
            assertEquals(1, reopened.backups().list().size(), "the closing backup was taken");
            assertEquals(1, reopened.catalog().list().size());
        }
    }
}
