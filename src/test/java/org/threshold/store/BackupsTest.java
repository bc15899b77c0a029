package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threshold.store.StoreFixtures.T0;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.WorkshopSession;

/** RELIABILITY.md test 3: verified backups, rotation that keeps the last good one, consistency under writes. */
class BackupsTest {
    @TempDir
    Path dir;
    Database db;
    StoreFixtures.ManualClock clock = new StoreFixtures.ManualClock(T0);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("live.db"));
        StoreFixtures.sessionWithNotes(db, "s1", 5);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBackupIsACheckedSelfContainedCopyWithTheSameRows() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"), clock);
        Backup backup = backups.take(db);
        assertEquals(T0, backup.takenAt());
        assertEquals(List.of("threshold-20260312-093000-000.db"), StoreFixtures.names(backups.folder()),
                "one file, no temporary or journal files beside it");
        assertEquals(List.of(backup), backups.list());
        Verification.requireIntact(backup.file(), StoreFixtures.counts(db));
        assertEquals(6, StoreFixtures.counts(db).values().stream().mapToLong(Long::longValue).sum(), "a session and 5 notes");
    }

    @Test
    void keepsTheNewestTwentyAndNeverTheOneJustMade() {
        Backups backups = new Backups(dir.resolve("backups"), clock);
        List<Backup> taken = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            taken.add(backups.take(db));
            clock.advance(Duration.ofMinutes(10));
        }
        assertEquals(Backups.KEEP, backups.list().size());
        List<Backup> newestFirst = new ArrayList<>(taken.subList(5, 25));
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, backups.list());

        // A clock set back makes the new backup look like the oldest; it is still the one kept.
        clock.set(T0.minus(Duration.ofDays(365)));
        Backup afterClockChange = backups.take(db);
        assertTrue(Files.exists(afterClockChange.file()));
        assertTrue(backups.list().contains(afterClockChange));
        assertEquals(taken.get(24), backups.list().get(0));
    }

    @Test
    void aBackupThatFailsItsCheckIsNotKeptAndRotatesNothingOut() throws Exception {
        Backups good = new Backups(dir.resolve("backups"), clock, 3, FileOps.REAL);
        for (int i = 0; i < 3; i++) {
            good.take(db);
            clock.advance(Duration.ofMinutes(10));
        }
        Map<String, String> before = digests(good.folder());
        Map<String, Long> liveBefore = StoreFixtures.counts(db);
        // The disk hands back different bytes than were written: the new backup must not replace an old one.
        Backups damaging = new Backups(dir.resolve("backups"), clock, 3, new FileOps() {
            @Override
            public void force(Path file) throws IOException {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.seek(4096);
                    raf.write("not a b-tree page".repeat(200).getBytes());
                }
            }
        });
        StoreException e = assertThrows(StoreException.class, () -> damaging.take(db));
        assertEquals(StoreProblem.FAILED, e.problem());
        assertTrue(e.getMessage().contains("did not pass its check"), e.getMessage());
        assertTrue(e.getMessage().contains("earlier backups are unchanged"), e.getMessage());
        assertEquals(before, digests(good.folder()), "all three earlier backups, byte for byte, and nothing else");
        assertEquals(liveBefore, StoreFixtures.counts(db));
        assertEquals("ok", StoreFixtures.integrity(db));
    }

    @Test
    void aBackupTakenWhileAWriterInsertsHoldsWholeTransactionsOnly() throws Exception {
        WorkshopSession session = new SessionRepository(db).findByUid("s1").orElseThrow();
        NoteRepository notes = new NoteRepository(db);
        Semaphore committed = new Semaphore(0);
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int batch = 0; !stop.get(); batch++) {
                int b = batch;
                db.transaction(() -> {
                    for (int j = 0; j < 4; j++) {
                        notes.add(session.id(), new Note(0, 0, NoteKind.ACTION, "row " + j, "batch-" + b, T0));
                    }
                });
                committed.release();
            }
        });
        Backups backups = new Backups(dir.resolve("backups"), clock);
        List<Backup> taken = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            committed.acquire(3); // the writer has moved on since the last backup
            taken.add(backups.take(db));
            clock.advance(Duration.ofMinutes(1));
        }
        stop.set(true);
        writer.get();
        long previous = -1;
        for (Backup backup : taken) {
            SQLiteConfig readOnly = new SQLiteConfig();
            readOnly.setReadOnly(true);
            try (var c = readOnly.createConnection("jdbc:sqlite:" + backup.file())) {
                List<long[]> perBatch = Jdbc.list(c, "SELECT count(*), count(DISTINCT owner_agency) FROM note "
                        + "WHERE owner_agency LIKE 'batch-%' GROUP BY owner_agency", r -> new long[] {r.getLong(1), r.getLong(2)});
                perBatch.forEach(row -> assertEquals(4, row[0], "a batch in a backup is whole"));
                assertTrue(perBatch.size() > previous, "each backup holds more batches than the one before");
                previous = perBatch.size();
            }
        }
    }

    private static Map<String, String> digests(Path folder) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String name : StoreFixtures.names(folder)) {
            digests.put(name, StoreFixtures.sha256(folder.resolve(name)));
        }
        return digests;
    }
}
