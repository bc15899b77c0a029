package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threshold.store.StoreFixtures.T0;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When backups happen: every ten minutes while there are changes, and when a session closes. Time is passed in. */
class BackupSchedulerTest {
    @TempDir
    Path dir;

    private long changes;
    private final List<Instant> backupsTaken = new ArrayList<>();
    private Instant now = T0;
    private RuntimeException failure;
    private BackupScheduler scheduler;

    private BackupScheduler scheduler() {
        return new BackupScheduler(() -> changes, () -> {
            if (failure != null) {
                throw failure;
            }
            backupsTaken.add(now);
            return new Backup(dir.resolve("b" + backupsTaken.size()), now);
        }, BackupScheduler.INTERVAL, T0);
    }

    private Optional<Backup> tickAt(int minutes) {
        now = T0.plus(Duration.ofMinutes(minutes));
        return scheduler.tick(now);
    }

    @Test
    void backsUpEveryTenMinutesWhileThereAreChangesAndNotOtherwise() {
        scheduler = scheduler();
        assertTrue(tickAt(10).isEmpty(), "no changes, no backup");
        changes = 3;
        assertTrue(tickAt(19).isPresent(), "changes, and more than ten minutes without a backup");
        assertFalse(scheduler.hasChangesSinceBackup());
        changes = 4;
        assertTrue(tickAt(25).isEmpty(), "six minutes since the last backup");
        assertTrue(tickAt(29).isPresent());
        assertTrue(tickAt(45).isEmpty(), "nothing changed since");
        changes = 5;
        assertTrue(tickAt(46).isPresent());
        assertEquals(List.of(T0.plus(Duration.ofMinutes(19)), T0.plus(Duration.ofMinutes(29)), T0.plus(Duration.ofMinutes(46))),
                backupsTaken);
    }

    @Test
    void closingASessionBacksUpAtOnceIfAnythingChanged() {
        scheduler = scheduler();
        assertTrue(scheduler.sessionClosed(T0.plusSeconds(30)).isEmpty(), "nothing to keep");
        changes = 1;
        now = T0.plusSeconds(60);
        assertTrue(scheduler.sessionClosed(now).isPresent(), "a minute in, but the session is over");
        assertTrue(tickAt(11).isEmpty(), "and the next interval starts from there");
    }

    @Test
    void aFailedBackupIsTriedAgainAfterAnIntervalNotOnEveryTick() {
        scheduler = scheduler();
        changes = 2;
        failure = new StoreException(StoreProblem.DISK_FULL, "full");
        assertThrows(StoreException.class, () -> tickAt(10));
        assertTrue(scheduler.hasChangesSinceBackup());
        failure = null;
        assertTrue(tickAt(15).isEmpty(), "not hammering a full disk");
        assertTrue(tickAt(20).isPresent());
        assertEquals(List.of(T0.plus(Duration.ofMinutes(20))), backupsTaken);
    }

    @Test
    void countsTheDatabasesOwnChanges() {
        try (Database db = Database.open(dir.resolve("live.db"))) {
            StoreFixtures.ManualClock clock = new StoreFixtures.ManualClock(T0);
            Backups backups = new Backups(dir.resolve("backups"), clock);
            BackupScheduler real = new BackupScheduler(db, backups, T0);
            assertFalse(real.hasChangesSinceBackup());
            StoreFixtures.sessionWithNotes(db, "s1", 2);
            assertTrue(real.hasChangesSinceBackup());
            clock.set(T0.plus(BackupScheduler.INTERVAL));
            Backup backup = real.tick(clock.instant()).orElseThrow();
            assertEquals(List.of(backup), backups.list());
            assertFalse(real.hasChangesSinceBackup());
        }
    }
}
