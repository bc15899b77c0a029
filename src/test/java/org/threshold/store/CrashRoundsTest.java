package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md test 1: a child JVM writes batches through the real store and prints ACK after
 * each commit; the test kills it with -9 after a number of ACKs drawn from a seeded Random, then
 * opens the file as the app would. Rounds continue on the same file, so every round also starts
 * from what the last kill left behind. No sleeping: the kill point is counted in ACKs.
 */
class CrashRoundsTest {
    private static final long SEED = 20260312L;
    private static final int ROUNDS = 60;
    /** Up to this many ACKs before the kill; -1 kills before the child has even opened the file. */
    private static final int MAX_ACKS = 12;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedBatchSurvivesKillNineWholeAndTheFileStaysIntact() throws Exception {
        Path file = dir.resolve("crash.db");
        Path stderr = dir.resolve("child-stderr.txt");
        Path nativeFolder = dir.resolve("native");
        Random random = new Random(SEED);
        long acknowledged = -1;
        int killedMidWrite = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int acksBeforeKill = random.nextInt(MAX_ACKS + 2) - 1;
            Process child = ChildJvm.start(stderr, List.of(), "write", file.toString(), nativeFolder.toString());
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                if (acksBeforeKill >= 0) {
                    String opened = out.readLine();
                    if (opened == null) {
                        fail("round " + round + ": the child ended early\n" + read(stderr));
                    }
                    assertTrue(opened.startsWith("OPEN "), opened);
                    assertEquals(acknowledged + 1, Long.parseLong(opened.substring(5)),
                            "the child continues after the last batch on disk");
                    for (int i = 0; i < acksBeforeKill; i++) {
                        acknowledged = ack(out.readLine(), stderr);
                    }
                    killedMidWrite++;
                }
                // SIGKILL, as Process.destroyForcibly sends, but through the handle: Process's own
                // method also closes our end of the pipe, losing ACK lines already on their way.
                child.toHandle().destroyForcibly();
                child.waitFor();
                // A line printed before the kill landed is an acknowledgement too.
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ACK ")) {
                        acknowledged = ack(line, stderr);
                    }
                }
            }
            acknowledged = Math.max(acknowledged, verify(file, acknowledged, round));
        }
        assertTrue(killedMidWrite > ROUNDS / 2, "most rounds killed a child that was writing");
        assertTrue(acknowledged > ROUNDS, "the rounds wrote a fair number of batches: " + acknowledged);
    }

    /**
     * Opens the file through the store (replaying whatever log the kill left), checks it in full,
     * and returns the last batch on disk. Every batch must be whole: its notes, its responses and
     * its journal line, or none of them.
     */
    private static long verify(Path file, long acknowledged, int round) {
        try (Database db = Database.open(file)) {
            assertEquals("ok", db.read(c -> SqliteConnections.single(c.createStatement(), "PRAGMA integrity_check")),
                    "round " + round);
            Map<Long, Long> notes = perBatch(db, "SELECT CAST(substr(owner_agency, 2) AS INTEGER), count(*) FROM note "
                    + "GROUP BY owner_agency");
            Map<Long, Long> responses = perBatch(db, "SELECT stage_index, count(*) FROM response GROUP BY stage_index");
            Map<Long, Long> journal = perBatch(db, "SELECT CAST(detail AS INTEGER), count(*) FROM journal "
                    + "WHERE action = 'batch' GROUP BY detail");
            long batches = journal.size();
            assertTrue(batches - 1 >= acknowledged, "round " + round + ": acknowledged batch " + acknowledged
                    + " is missing; last on disk " + (batches - 1));
            for (long b = 0; b < batches; b++) {
                assertEquals(1L, journal.get(b), "round " + round + ": batch " + b + " journal line");
                assertEquals(StoreChild.NOTES_PER_BATCH, notes.getOrDefault(b, 0L).intValue(),
                        "round " + round + ": batch " + b + " notes");
                assertEquals(StoreChild.RESPONSES_PER_BATCH, responses.getOrDefault(b, 0L).intValue(),
                        "round " + round + ": batch " + b + " responses");
            }
            assertEquals(batches, notes.size(), "round " + round + ": notes of a batch without its journal line");
            assertEquals(batches, responses.size(), "round " + round + ": responses of a batch without its journal line");
            return batches - 1;
        }
    }

    private static Map<Long, Long> perBatch(Database db, String sql) {
        return db.read(c -> {
            Map<Long, Long> counts = new TreeMap<>();
            for (long[] row : Jdbc.list(c, sql, r -> new long[] {r.getLong(1), r.getLong(2)})) {
                counts.put(row[0], row[1]);
            }
            return counts;
        });
    }

    private static long ack(String line, Path stderr) {
        if (line == null || !line.startsWith("ACK ")) {
            fail("expected an ACK from the child but read " + line + "\n" + read(stderr));
        }
        return Long.parseLong(line.substring(4));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
