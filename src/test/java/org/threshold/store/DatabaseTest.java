package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;

class DatabaseTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("t.db");
    }

    @Test
    void opensWithTheDurabilitySettings() {
        try (Database db = Database.open(file())) {
            assertEquals("wal", db.read(c -> SqliteConnections.single(c.createStatement(), "PRAGMA journal_mode")));
            assertEquals("2", db.read(c -> SqliteConnections.single(c.createStatement(), "PRAGMA synchronous")));
            assertEquals("1", db.read(c -> SqliteConnections.single(c.createStatement(), "PRAGMA foreign_keys")));
            assertEquals("1", db.read(c -> SqliteConnections.single(c.createStatement(), "PRAGMA secure_delete")));
            assertEquals("5000", db.read(c -> SqliteConnections.single(c.createStatement(), "PRAGMA busy_timeout")));
            assertEquals(Migrations.standard().latestVersion(), db.read(SqliteConnections::userVersion));
            assertFalse(db.isReadOnly());
        }
    }

    @Test
    void aSecondInstanceIsToldPlainly() {
        try (Database first = Database.open(file())) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file()));
            assertEquals(StoreProblem.ALREADY_OPEN, e.problem());
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            new SessionRepository(first).create("u1", details(), SessionStatus.PLANNED, Instant.EPOCH);
            assertEquals(1, new SessionRepository(first).list().size());
        }
    }

    @Test
    void cleanCloseLeavesNoWriteAheadLog() {
        try (Database db = Database.open(file())) {
            new SessionRepository(db).create("u1", details(), SessionStatus.PLANNED, Instant.EPOCH);
        }
        // Checkpointed and closed: SQLite removes the log and the shared-memory file, so the
        // database is one self-contained file that can be copied or backed up as it is.
        assertFalse(Files.exists(dir.resolve("t.db-wal")), "no -wal left");
        assertFalse(Files.exists(dir.resolve("t.db-shm")), "no -shm left");
        try (Database db = Database.open(file())) {
            assertEquals(1, new SessionRepository(db).list().size());
        }
    }

    @Test
    void aFailedTransactionSavesNothing() {
        try (Database db = Database.open(file())) {
            SessionRepository sessions = new SessionRepository(db);
            assertThrows(IllegalStateException.class, () -> db.transaction(() -> {
                sessions.create("u1", details(), SessionStatus.PLANNED, Instant.EPOCH);
                throw new IllegalStateException("boom");
            }));
            assertEquals(List.of(), sessions.list());
        }
    }

    @Test
    void aFileFromANewerVersionOpensReadOnly() {
        try (Database db = Database.open(file())) {
            db.write(c -> c.createStatement().execute("PRAGMA user_version = 99"));
        }
        try (Database db = Database.open(file())) {
            assertTrue(db.isReadOnly());
            assertTrue(db.readOnlyReason().orElseThrow().contains("newer version"));
            StoreException e = assertThrows(StoreException.class,
                    () -> new SessionRepository(db).create("u", details(), SessionStatus.PLANNED, Instant.EPOCH));
            assertEquals(StoreProblem.READ_ONLY, e.problem());
            assertEquals(List.of(), new SessionRepository(db).list());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsDamagedAndLeftInPlace() throws IOException {
        byte[] junk = "this is not a database, just some text that someone saved with the wrong name".repeat(100).getBytes();
        Files.write(file(), junk);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file()));
        assertEquals(StoreProblem.CORRUPT, e.problem());
        assertTrue(e.getMessage().contains("Nothing has been deleted"), e.getMessage());
        assertEquals(junk.length, Files.size(file()));
    }

    @Test
    void aDamagedPageIsFoundByTheQuickCheck() throws IOException {
        try (Database db = Database.open(file())) {
            SessionRepository sessions = new SessionRepository(db);
            for (int i = 0; i < 200; i++) {
                sessions.create("u" + i, details(), SessionStatus.PLANNED, Instant.EPOCH);
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
            raf.seek(4096 * 2L);
            raf.write(new byte[4096]);
            raf.seek(4096 * 2L);
            raf.write("garbage".repeat(500).getBytes(), 0, 3000);
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file()));
        assertEquals(StoreProblem.CORRUPT, e.problem());
    }

    @Test
    void aLockHeldBrieflyByAnotherConnectionIsWaitedFor() throws Exception {
        try (Database db = Database.open(file());
             var other = new org.sqlite.SQLiteConfig().createConnection("jdbc:sqlite:" + file())) {
            Statement statement = other.createStatement();
            statement.execute("BEGIN IMMEDIATE");
            SessionRepository sessions = new SessionRepository(db);
            var write = java.util.concurrent.CompletableFuture.runAsync(
                    () -> sessions.create("u1", details(), SessionStatus.PLANNED, Instant.EPOCH));
            // Released only once the store thread is seen waiting inside SQLite's BEGIN, so the
            // write provably met the lock and waited on the busy timeout rather than failing.
            while (!write.isDone() && !storeThreadIsWaitingToBegin()) {
                Thread.onSpinWait();
            }
            assertFalse(write.isDone(), "the write waits while another connection holds the lock");
            statement.execute("COMMIT");
            write.get();
            assertEquals(1, sessions.list().size());
        }
    }

    /** The store thread is executing a statement inside SQLite for Transactions: its BEGIN IMMEDIATE. */
    private static boolean storeThreadIsWaitingToBegin() {
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = entry.getValue();
            boolean stepping = stack.length > 0 && stack[0].getClassName().equals("org.sqlite.core.NativeDB")
                    && stack[0].getMethodName().equals("step");
            if (!entry.getKey().getName().equals("threshold-store") || !stepping) {
                continue;
            }
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().equals(Transactions.class.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    static SessionDetails details() {
        return SessionDetails.of("Bradford information sharing", LocalDate.of(2026, 3, 12), "City Hall", "A. Facilitator");
    }
}
