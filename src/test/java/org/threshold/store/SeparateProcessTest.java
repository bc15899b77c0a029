package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionStatus;

/** Promises that only a second process can test: another copy of the app, a machine without a usable /tmp. */
class SeparateProcessTest {
    @TempDir
    Path dir;

    /** RELIABILITY.md test 6, across processes, where the app lock is a real OS file lock. */
    @Test
    void aSecondProcessIsToldPlainlyAndTheFirstKeepsWriting() throws Exception {
        Path file = dir.resolve("t.db");
        try (Database first = Database.open(file)) {
            SessionRepository sessions = new SessionRepository(first);
            sessions.create("before", DatabaseTest.details(), SessionStatus.PLANNED, Instant.EPOCH);
            String answer = runChild(List.of(), "open", file.toString(), "-");
            assertTrue(answer.startsWith("PROBLEM ALREADY_OPEN Threshold is already open"), answer);
            sessions.create("after", DatabaseTest.details(), SessionStatus.PLANNED, Instant.EPOCH);
            assertEquals(2, sessions.list().size());
        }
        assertTrue(runChild(List.of(), "open", file.toString(), "-").startsWith("OK 3"), "the lock is released on close");
    }

    /** RELIABILITY.md test 10: the driver unpacks its library into the app's own folder, not java.io.tmpdir. */
    @Test
    void withAnUnusableTempFolderTheDatabaseStillConnects() throws Exception {
        Path nativeFolder = dir.resolve("data/native");
        String answer = runChild(List.of("-Djava.io.tmpdir=/nonexistent"), "open", dir.resolve("data/t.db").toString(),
                nativeFolder.toString());
        assertEquals("OK 1", answer);
        try (var unpacked = Files.list(nativeFolder)) {
            assertTrue(unpacked.anyMatch(f -> f.getFileName().toString().contains("sqlite")), "unpacked into the app's folder");
        }
    }

    /** Without the app's own folder the load may fail, but then in words, never as "Error opening connection". */
    @Test
    void aLibraryThatCannotBeLoadedIsReportedPlainly() throws Exception {
        String answer = runChild(List.of("-Djava.io.tmpdir=/nonexistent"), "open", dir.resolve("t.db").toString(), "-");
        if (answer.startsWith("OK")) {
            return; // This machine has the library on its own library path: nothing to report.
        }
        assertTrue(answer.startsWith("PROBLEM NATIVE_LIBRARY Threshold could not load its database engine"), answer);
        assertTrue(answer.contains("THRESHOLD_HOME"), answer);
        assertFalse(answer.contains("Error opening connection"), answer);
    }

    /** Runs the child to its end and returns its one line of answer. */
    private String runChild(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = ChildJvm.start(stderr, jvmOptions, args);
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
            child.getOutputStream().close();
        }
        child.waitFor();
        return line != null ? line : "no answer; stderr: " + Files.readString(stderr);
    }
}
