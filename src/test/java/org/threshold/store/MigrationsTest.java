package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.threshold.domain.SessionStatus;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aFailingStepLeavesTheVersionAndTheDataAsTheyWere() {
        Path file = dir.resolve("m.db");
        try (Database db = Database.open(file)) {
            new SessionRepository(db).create("u1", DatabaseTest.details(), SessionStatus.PLANNED, Instant.EPOCH);
        }
        List<Migration> steps = new ArrayList<>(Schema.MIGRATIONS);
        int latest = Migrations.standard().latestVersion();
        steps.add(new Migration(latest + 1, "half-done step", c -> {
            c.createStatement().execute("DELETE FROM workshop_session");
            c.createStatement().execute("CREATE TABLE half_done (x)");
            throw new SQLException("step failed");
        }));
        assertThrows(StoreException.class, () -> Database.open(file, new Migrations(steps)));
        try (Database db = Database.open(file)) {
            assertEquals(latest, db.read(SqliteConnections::userVersion));
            assertEquals(1, new SessionRepository(db).list().size());
            assertEquals(0, db.read(c -> Jdbc.list(c, "SELECT name FROM sqlite_master WHERE name = 'half_done'",
                    row -> row.getString(1))).size());
        }
    }

    /**
     * RELIABILITY.md test 9: the file a facilitator saved with each released version opens in
     * this one with every row still there. Fixtures are made by {@link SchemaFixtures} when a
     * version is released; every released version must have one.
     */
    @Test
    void everyReleasedSchemaVersionMigratesWithItsRowsUnchanged() throws Exception {
        int latest = Migrations.standard().latestVersion();
        for (int version : SchemaFixtures.RELEASED) {
            Path file = copyFixture(version);
            String fixture = "schema v" + version;
            Map<String, Long> before = rawCounts(file);
            assertEquals(version, rawUserVersion(file));
            before.forEach((table, rows) -> assertTrue(rows > 0, fixture + " has rows in " + table));
            try (Database db = Database.open(file)) {
                assertEquals(latest, db.read(SqliteConnections::userVersion));
                assertEquals("ok", StoreFixtures.integrity(db));
                Map<String, Long> after = StoreFixtures.counts(db);
                before.forEach((table, rows) -> assertEquals(rows, after.get(table), fixture + ", " + table));
            }
        }
    }

    @Test
    void aFailingStepOnAReleasedDatabaseLeavesItAsItWasAndABackupBeside() throws Exception {
        Path file = copyFixture(1);
        Map<String, Long> before = rawCounts(file);
        // The fixture's own version, then a step that fails: the first step to run is the one that fails.
        List<Migration> steps = new ArrayList<>(Schema.MIGRATIONS.subList(0, 1));
        steps.add(new Migration(Migrations.standard().latestVersion() + 1, "drops a table and fails", c -> {
            c.createStatement().execute("DROP TABLE note");
            throw new SQLException("step failed");
        }));
        assertThrows(StoreException.class, () -> Database.open(file, new Migrations(steps)));
        assertEquals(before, rawCounts(file));
        assertEquals(1, rawUserVersion(file));
        List<Backup> backups = new Backups(dir.resolve("backups"), java.time.Clock.systemUTC()).list();
        assertEquals(1, backups.size(), "a verified backup was taken before migrating");
        Verification.requireIntact(backups.get(0).file(), before);
    }

    @Test
    void onlyAnOlderDatabaseIsBackedUpBeforeOpening() {
        try (Database fresh = Database.open(dir.resolve("new.db"))) {
            StoreFixtures.sessionWithNotes(fresh, "s", 1);
        }
        try (Database same = Database.open(dir.resolve("new.db"))) {
            assertEquals(1, new SessionRepository(same).list().size());
        }
        assertEquals(List.of(), StoreFixtures.names(dir.resolve("backups")), "nothing to migrate, nothing to back up");
    }

    private Path copyFixture(int version) throws IOException {
        Path file = dir.resolve("v" + version + ".db");
        try (InputStream in = MigrationsTest.class.getResourceAsStream(SchemaFixtures.resourceName(version))) {
            assertNotNull(in, "no fixture for released schema version " + version + ": run SchemaFixtures when releasing it");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static Map<String, Long> rawCounts(Path file) throws SQLException {
        try (Connection c = readOnly(file)) {
            return Verification.counts(c);
        }
    }

    private static int rawUserVersion(Path file) throws SQLException {
        try (Connection c = readOnly(file)) {
            return SqliteConnections.userVersion(c);
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file);
    }
}
