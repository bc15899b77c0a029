package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionDetails;
import org.threshold.store.Leftovers;
import org.threshold.store.StoreException;
import org.threshold.store.StoreProblem;

/** Start-up on a damaged database, through the app's recovery flow: what the facilitator gets after each choice. */
class StartupRecoveryTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant BACKUP_TIME = Instant.parse("2026-10-14T09:00:00Z");
    private static final Instant LAST_CHANGE = Instant.parse("2026-10-14T11:40:00Z");
    private static final Instant RESTART = Instant.parse("2026-10-14T11:45:00Z");

    @TempDir
    Path dir;

    @Test
    void aDamagedFileIsSetAsideTheNewestBackupRestoredAndTheMessageNamesThePeriodLost() throws IOException {
        Path file = dir.resolve("threshold.db");
        try (Services services = Services.open(file, Clock.fixed(BACKUP_TIME, LONDON))) {
            workshop(services, "Morning");
            services.backups().backUpNow();
            workshop(services, "Afternoon");
        }
        damageHeader(file);
        StoreException refused = assertThrows(StoreException.class, () -> Services.open(file, Clock.fixed(RESTART, LONDON)));
        assertEquals(StoreProblem.CORRUPT, refused.problem());

        StartupRecovery recovery = new StartupRecovery(file, Clock.fixed(RESTART, LONDON), Leftovers.none());
        assertTrue(recovery.hasBackups());
        StartupRecovery.Outcome outcome = recovery.restoreNewestBackup();
        try (Services services = outcome.services()) {
            assertEquals(List.of("Morning"), services.catalog().list().stream().map(s -> s.session().title()).toList());
            assertTrue(outcome.message().contains("restored the backup from 14 Oct 2026 at 10:00"), outcome.message());
            assertTrue(outcome.message().contains("Anything saved between 14 Oct 2026 at 10:00 and 14 Oct 2026 at 12:40 "
                    + "is not in the restored database"), outcome.message());
            assertTrue(outcome.message().contains("(nothing was deleted)"), outcome.message());
        }
        try (var aside = Files.list(dir.resolve("damaged"))) {
            Path folder = aside.findFirst().orElseThrow();
            assertTrue(Files.exists(folder.resolve("threshold.db")), "the damaged file is kept");
        }
    }

    @Test
    void withNoBackupStartingAfreshSetsTheDamagedFileAsideAndOpensAnEmptyDatabase() throws IOException {
        Path file = dir.resolve("threshold.db");
        try (Services services = Services.open(file, Clock.fixed(BACKUP_TIME, LONDON))) {
            workshop(services, "Morning");
        }
        damageHeader(file);
        StartupRecovery recovery = new StartupRecovery(file, Clock.fixed(RESTART, LONDON), Leftovers.none());
        assertFalse(recovery.hasBackups(), "no restore is offered without a backup");
        StartupRecovery.Outcome outcome = recovery.setAsideAndStartAfresh();
        try (Services services = outcome.services()) {
            assertEquals(List.of(), services.catalog().list());
            assertTrue(outcome.message().contains("Everything saved up to 14 Oct 2026 at 12:40 is only in the damaged file"),
                    outcome.message());
        }
    }

    private static void workshop(Services services, String title) {
        services.catalog().create(new SessionDetails(title, LocalDate.of(2026, 10, 14), "", "", 210, 3));
    }

    /** Overwrites the header, as a stray write or a bad sector would, and dates the file to its last change. */
    private static void damageHeader(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(new byte[100]);
        }
        Files.setLastModifiedTime(file, FileTime.from(LAST_CHANGE));
    }
}
