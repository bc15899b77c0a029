package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        steps.add(new Migration(Schema.MIGRATIONS.size() + 1, "half-done step", c -> {
            c.createStatement().execute("DELETE FROM workshop_session");
            c.createStatement().execute("CREATE TABLE half_done (x)");
            throw new SQLException("step failed");
        }));
        assertThrows(StoreException.class, () -> Database.open(file, new Migrations(steps)));
        try (Database db = Database.open(file)) {
            assertEquals(Schema.MIGRATIONS.size(), db.read(SqliteConnections::userVersion));
            assertEquals(1, new SessionRepository(db).list().size());
            assertEquals(0, db.read(c -> Jdbc.list(c, "SELECT name FROM sqlite_master WHERE name = 'half_done'",
                    row -> row.getString(1))).size());
        }
    }
}
