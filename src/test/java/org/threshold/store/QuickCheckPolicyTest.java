package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionStatus;

/**
 * The app's start skips the whole-file check when Threshold closed the file cleanly last time,
 * and checks behind the home screen instead; damage is still found, and the next start offers
 * the recovery (RELIABILITY.md test 5).
 */
class QuickCheckPolicyTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void aWorkshopClosedCleanly() {
        file = dir.resolve("threshold.db");
        try (Database db = Database.open(file)) {
            SessionRepository sessions = new SessionRepository(db);
            db.transaction(() -> {
                for (int i = 0; i < 200; i++) {
                    sessions.create("u" + i, DatabaseTest.details(), SessionStatus.PLANNED, Instant.EPOCH);
                }
            });
        }
    }

    @Test
    void aCleanlyClosedFileOpensWithoutWaitingForTheCheck() {
        try (Database db = Database.openCheckingIfUnclean(file)) {
            assertFalse(db.checkedAtOpen());
            assertEquals(Optional.empty(), db.quickCheck());
        }
        try (Database db = Database.open(file)) {
            assertTrue(db.checkedAtOpen(), "the command line and recovery always check");
        }
    }

    @Test
    void damageFoundBehindTheHomeScreenIsSaidAndTheNextStartChecksAndRefuses() throws IOException {
        damagePage();
        try (Database db = Database.openCheckingIfUnclean(file)) {
            String said = db.quickCheck().orElseThrow();
            assertTrue(said.contains("start it again") && said.contains("restore the newest backup"), said);
        }
        StoreException next = assertThrows(StoreException.class, () -> Database.openCheckingIfUnclean(file));
        assertEquals(StoreProblem.CORRUPT, next.problem());
    }

    @Test
    void afterACrashTheStartChecksBeforeOpening() throws IOException {
        // What a crash or a power cut leaves: the lock file still says the database is open.
        Files.writeString(AppLock.lockFileFor(file), "open\n");
        damagePage();
        StoreException refused = assertThrows(StoreException.class, () -> Database.openCheckingIfUnclean(file));
        assertEquals(StoreProblem.CORRUPT, refused.problem());
    }

    @Test
    void aFileThisThresholdHasNotClosedIsCheckedAtOnce() throws IOException {
        Files.delete(AppLock.lockFileFor(file));
        try (Database db = Database.openCheckingIfUnclean(file)) {
            assertTrue(db.checkedAtOpen());
        }
        try (Database db = Database.openCheckingIfUnclean(file)) {
            assertFalse(db.checkedAtOpen(), "closed cleanly by then");
        }
    }

    private void damagePage() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096 * 2L);
            raf.write("garbage".repeat(500).getBytes(), 0, 3000);
        }
    }
}
