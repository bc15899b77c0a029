package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threshold.store.StoreFixtures.T0;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.threshold.domain.WorkshopSession;

/**
 * RELIABILITY.md test 5: a damaged database is set aside with its journal files, never deleted;
 * the newest backup that passes its check takes its place; the report names the period lost.
 */
class RecoveryTest {
    private static final Instant BACKUP_TIME = T0.plus(Duration.ofHours(1));
    private static final Instant LAST_CHANGE = T0.plus(Duration.ofHours(3));

    /** The three ways a file is commonly found damaged. */
    enum Damage {
        HEADER_OVERWRITTEN, PAGE_OVERWRITTEN, TRUNCATED
    }

    @TempDir
    Path dir;
    Path file;
    StoreFixtures.ManualClock clock;
    Backups backups;
    Map<String, Long> countsAtBackup;

    @BeforeEach
    void workshopWithABackupAndLaterWork() {
        file = dir.resolve("threshold.db");
        clock = new StoreFixtures.ManualClock(BACKUP_TIME);
        backups = new Backups(dir.resolve("backups"), clock);
        try (Database db = Database.open(file)) {
            StoreFixtures.sessionWithNotes(db, "morning", 300);
            backups.take(db);
            countsAtBackup = StoreFixtures.counts(db);
            StoreFixtures.sessionWithNotes(db, "afternoon", 50);
        }
        clock.set(LAST_CHANGE.plus(Duration.ofMinutes(5)));
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedFileIsSetAsideAndTheNewestBackupRestoredWithThePeriodLostNamed(Damage damage) throws IOException {
        damage(damage);
        String damagedDigest = StoreFixtures.sha256(file);
        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreProblem.CORRUPT, refused.problem());
        assertEquals(damagedDigest, StoreFixtures.sha256(file), "opening did not touch the damaged file");

        Recovery.Report report = recovery().restoreNewestBackup();

        assertEquals(backups.list().get(0), report.restoredFrom().orElseThrow());
        assertEquals(BACKUP_TIME, report.lostFrom().orElseThrow());
        assertEquals(LAST_CHANGE, report.lostUntil());
        assertEquals("The database was damaged, so Threshold set it aside in " + report.setAsideIn()
                + " (nothing was deleted) and restored the backup from 12 Mar 2026 at 10:30. Anything saved between "
                + "12 Mar 2026 at 10:30 and 12 Mar 2026 at 12:30 is not in the restored database; it may still be in "
                + "the damaged file.", report.message());
        assertEquals(damagedDigest, StoreFixtures.sha256(report.setAsideIn().resolve("threshold.db")));
        try (Database db = Database.open(file)) {
            assertEquals(countsAtBackup, StoreFixtures.counts(db));
            assertEquals(List.of("morning"), new SessionRepository(db).list().stream().map(WorkshopSession::uid).toList());
        }
        assertTrue(StoreFixtures.names(dir).stream().noneMatch(n -> n.endsWith(".tmp")), StoreFixtures.names(dir).toString());
    }

    @Test
    void theJournalFilesGoAsideWithTheDamagedFileAndNoneStayBesideTheRestoredOne() throws IOException {
        damage(Damage.HEADER_OVERWRITTEN);
        Files.write(dir.resolve("threshold.db-wal"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("threshold.db-shm"), new byte[] {4, 5, 6});
        Recovery.Report report = recovery().restoreNewestBackup();
        assertEquals(List.of("threshold.db", "threshold.db-shm", "threshold.db-wal"), StoreFixtures.names(report.setAsideIn()));
        assertFalse(Files.exists(dir.resolve("threshold.db-wal")), "a foreign log would be replayed into the backup");
        try (Database db = Database.open(file)) {
            assertEquals(countsAtBackup, StoreFixtures.counts(db));
        }
    }

    @Test
    void aDamagedBackupIsPassedOverForTheNewestGoodOne() throws IOException {
        Backup good = backups.list().get(0);
        clock.set(T0.plus(Duration.ofHours(2)));
        Path damagedBackup = dir.resolve("backups/threshold-20260312-113000-000.db");
        Files.write(damagedBackup, "half a backup".getBytes());
        damage(Damage.PAGE_OVERWRITTEN);
        Recovery.Report report = recovery().restoreNewestBackup();
        assertEquals(good, report.restoredFrom().orElseThrow());
        assertTrue(Files.exists(damagedBackup), "a damaged backup is skipped, not deleted");
    }

    @Test
    void withoutAGoodBackupNothingIsMovedAndTheChoiceIsLeftToTheFacilitator() throws IOException {
        Backups none = new Backups(dir.resolve("no-backups"), clock);
        damage(Damage.TRUNCATED);
        String digest = StoreFixtures.sha256(file);
        StoreException e = assertThrows(StoreException.class,
                () -> new Recovery(file, none, clock, ZoneOffset.UTC).restoreNewestBackup());
        assertTrue(e.getMessage().startsWith("There is no backup that passes its check"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals(digest, StoreFixtures.sha256(file));
        assertFalse(Files.exists(dir.resolve("damaged")));

        Recovery.Report afresh = new Recovery(file, none, clock, ZoneOffset.UTC).setAsideAndStartAfresh();
        assertTrue(afresh.message().contains("nothing was deleted"), afresh.message());
        assertEquals(digest, StoreFixtures.sha256(afresh.setAsideIn().resolve("threshold.db")));
        try (Database db = Database.open(file)) {
            assertEquals(List.of(), new SessionRepository(db).list());
        }
    }

    @Test
    void aHealthyDatabaseIsNeverSwappedForABackup() {
        String digest = StoreFixtures.sha256(file);
        StoreException e = assertThrows(StoreException.class, () -> recovery().restoreNewestBackup());
        assertTrue(e.getMessage().contains("passes its check"), e.getMessage());
        assertEquals(digest, StoreFixtures.sha256(file));
        assertThrows(StoreException.class, () -> recovery().setAsideAndStartAfresh());
        assertFalse(Files.exists(dir.resolve("damaged")));
    }

    private Recovery recovery() {
        return new Recovery(file, backups, clock, ZoneOffset.UTC);
    }

    /** Damages the closed file as a bad sector, a stray write or a cut-short copy would, then dates it. */
    private void damage(Damage damage) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            switch (damage) {
                case HEADER_OVERWRITTEN -> raf.write("this is no longer a SQLite header".getBytes());
                case PAGE_OVERWRITTEN -> {
                    raf.seek(4096 * 2L);
                    raf.write("garbage".repeat(500).getBytes(), 0, 3000);
                }
                case TRUNCATED -> raf.setLength(raf.length() / 2);
            }
        }
        Files.setLastModifiedTime(file, FileTime.from(LAST_CHANGE));
    }
}
