package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threshold.store.StoreFixtures.T0;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionStatus;

/**
 * RELIABILITY.md tests 4 and 8: an export or a backup that fails part way leaves the old file
 * at the destination as it was, no temporary file, and the live database untouched; an export
 * never writes over the live database.
 */
class WriteFailureTest {
    private static final byte[] OLD = "the summary exported yesterday".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void anExportFailingOnAnyWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("exports/summary.csv");
        Files.createDirectories(target.getParent());
        for (int failOn = 1; failOn <= 5; failOn++) {
            Files.write(target, OLD);
            int n = failOn;
            StoreException e = assertThrows(StoreException.class, () -> AtomicFile.write(target, out -> {
                OutputStream faulty = new FailingOutputStream(out, n);
                for (int row = 0; row < 5; row++) {
                    faulty.write(("row " + row + "\n").getBytes(StandardCharsets.UTF_8));
                    faulty.flush(); // past the buffer, so the fault is met where the disk would be
                }
            }));
            assertTrue(e.getMessage().contains("Any file that was there before is unchanged"), e.getMessage());
            assertEquals(new String(OLD, StandardCharsets.UTF_8), Files.readString(target), "failing on write " + n);
            assertEquals(List.of("summary.csv"), StoreFixtures.names(target.getParent()), "failing on write " + n);
        }
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("summary.csv"), StoreFixtures.names(target.getParent()));
    }

    @Test
    void anExportFailingToFlushOrRenameLeavesTheOldFile() throws IOException {
        Path target = dir.resolve("summary.html");
        for (int failOn = 1; failOn <= 2; failOn++) {
            Files.write(target, OLD);
            FaultyOps ops = new FaultyOps(failOn);
            assertThrows(StoreException.class, () -> AtomicFile.write(target, out -> out.write(new byte[10_000]), ops));
            assertEquals(new String(OLD, StandardCharsets.UTF_8), Files.readString(target));
            assertEquals(List.of("summary.html"), StoreFixtures.names(dir), "failing on step " + failOn);
        }
    }

    @Test
    void aFolderOfFilesFailingOnAnyStepLeavesTheEarlierSetAndNoTemporaryFolder() throws IOException {
        Path target = dir.resolve("data");
        AtomicFile.FolderContent set = folder -> {
            folder.write("agenda.csv", out -> out.write("new agenda".getBytes(StandardCharsets.UTF_8)));
            folder.write(Destination.DATA_DICTIONARY, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        };
        new AtomicFile(FileOps.REAL, null, Leftovers.none()).writeFolder(target, set, false);
        Files.writeString(target.resolve("agenda.csv"), "old agenda");
        // Steps: flush each file (1, 2), flush the new folder (3, a warning only), move the old set aside (4),
        // move the new set into place (5, after which the old set is moved back).
        for (int failOn : List.of(1, 2, 4, 5)) {
            AtomicFile faulty = new AtomicFile(new FaultyOps(failOn), null, Leftovers.none());
            assertThrows(StoreException.class, () -> faulty.writeFolder(target, set, true), "failing on step " + failOn);
            assertEquals("old agenda", Files.readString(target.resolve("agenda.csv")), "failing on step " + failOn);
            assertEquals(List.of("data"), StoreFixtures.names(dir), "failing on step " + failOn);
        }
        new AtomicFile(new FaultyOps(3), null, Leftovers.none()).writeFolder(target, set, true);
        assertEquals("new agenda", Files.readString(target.resolve("agenda.csv")));
        assertEquals(List.of("data"), StoreFixtures.names(dir));
    }

    @Test
    void anExportToAFolderThatWasRemovedFailsPlainlyAndCreatesNothing() {
        Path stick = dir.resolve("usb-stick");
        StoreException e = assertThrows(StoreException.class,
                () -> AtomicFile.write(stick.resolve("summary.pdf"), out -> out.write(1)));
        assertTrue(e.getMessage().startsWith("Threshold could not save summary.pdf in " + stick), e.getMessage());
        assertEquals(List.of(), StoreFixtures.names(stick));
    }

    @Test
    void anExportRefusesToWriteOverTheLiveDatabaseOrItsJournal() throws IOException {
        try (Database db = Database.open(dir.resolve("threshold.db"))) {
            StoreFixtures.sessionWithNotes(db, "s1", 3);
            Map<String, Long> before = StoreFixtures.counts(db);
            AtomicFile exports = AtomicFile.forExports(db.file(), Leftovers.none());
            Path link = dir.resolve("innocent.pdf");
            Files.createSymbolicLink(link, db.file());
            for (Path target : List.of(dir.resolve("sub/../threshold.db"), dir.resolve("threshold.db-wal"),
                    dir.resolve("threshold.db-shm"), dir.resolve("threshold.db.lock"), link)) {
                StoreException e = assertThrows(StoreException.class,
                        () -> exports.write(target, out -> out.write("x".getBytes(StandardCharsets.UTF_8)), true));
                assertTrue(e.getMessage().contains("it is the database your workshops are kept in"), e.getMessage());
            }
            assertEquals(before, StoreFixtures.counts(db));
            assertEquals("ok", StoreFixtures.integrity(db));
        }
    }

    @Test
    void aBackupFailingOnAnyStepLeavesTheEarlierBackupsTheLiveDatabaseAndNoTemporaryFile() {
        StoreFixtures.ManualClock clock = new StoreFixtures.ManualClock(T0);
        try (Database db = Database.open(dir.resolve("live.db"))) {
            StoreFixtures.sessionWithNotes(db, "s1", 5);
            Backups backups = new Backups(dir.resolve("backups"), clock, 2, FileOps.REAL);
            backups.take(db);
            clock.advance(Duration.ofMinutes(10));
            backups.take(db);
            List<String> earlier = StoreFixtures.names(backups.folder());
            String newestDigest = StoreFixtures.sha256(backups.list().get(0).file());
            Map<String, Long> live = StoreFixtures.counts(db);
            // Step 1 flushes the new backup, step 2 renames it into place.
            for (int failOn = 1; failOn <= 2; failOn++) {
                clock.advance(Duration.ofMinutes(10));
                Backups failing = new Backups(backups.folder(), clock, 2, new FaultyOps(failOn));
                StoreException e = assertThrows(StoreException.class, () -> failing.take(db));
                assertTrue(e.getMessage().contains("the earlier backups are unchanged"), e.getMessage());
                assertEquals(earlier, StoreFixtures.names(backups.folder()), "failing on step " + failOn);
                assertEquals(newestDigest, StoreFixtures.sha256(backups.list().get(0).file()));
                assertEquals(live, StoreFixtures.counts(db));
            }
            // A failed flush of the folder comes after the rename of a checked file: that backup is kept.
            clock.advance(Duration.ofMinutes(10));
            new Backups(backups.folder(), clock, 2, new FaultyOps(3)).take(db);
            assertEquals(2, backups.list().size());
            assertEquals("ok", StoreFixtures.integrity(db));
        }
    }

    @Test
    void aBackupWhoseFolderIsRemovedMidwayFailsPlainlyAndLeavesTheLiveDatabase() {
        try (Database db = Database.open(dir.resolve("live.db"))) {
            StoreFixtures.sessionWithNotes(db, "s1", 5);
            Map<String, Long> live = StoreFixtures.counts(db);
            Path folder = dir.resolve("backups");
            Backups pulled = new Backups(folder, new StoreFixtures.ManualClock(T0), 2, new FileOps() {
                @Override
                public void force(Path file) throws IOException {
                    // The stick is pulled after SQLite wrote the backup and before it is renamed into place.
                    Files.delete(file);
                    Files.delete(file.getParent());
                }
            });
            StoreException e = assertThrows(StoreException.class, () -> pulled.take(db));
            assertTrue(e.getMessage().startsWith("The backup Threshold just made did not pass its check"), e.getMessage());
            assertEquals(List.of(), StoreFixtures.names(folder));
            assertEquals(live, StoreFixtures.counts(db));
            assertEquals("ok", StoreFixtures.integrity(db));
            new SessionRepository(db).create("after", DatabaseTest.details(), SessionStatus.PLANNED, T0);
        }
    }

    /** Fails the n-th file-system step (flush, rename, flush the folder), counted from 1. */
    private static final class FaultyOps implements FileOps {
        private final int failOn;
        private int step;

        FaultyOps(int failOn) {
            this.failOn = failOn;
        }

        private void step(String what) throws IOException {
            if (++step == failOn) {
                throw new IOException("injected failure: " + what);
            }
        }

        @Override
        public void force(Path file) throws IOException {
            step("force");
            FileOps.super.force(file);
        }

        @Override
        public void replace(Path from, Path to) throws IOException {
            step("replace");
            FileOps.super.replace(from, to);
        }

        @Override
        public void forceFolder(Path folder) throws IOException {
            step("forceFolder");
            FileOps.super.forceFolder(folder);
        }
    }

    /** An output stream whose n-th write fails, as a full disk or a pulled stick would. */
    private static final class FailingOutputStream extends FilterOutputStream {
        private final int failOn;
        private int writes;

        FailingOutputStream(OutputStream out, int failOn) {
            super(out);
            this.failOn = failOn;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (++writes == failOn) {
                throw new IOException("No space left on device");
            }
            out.write(b, off, len);
        }
    }
}
