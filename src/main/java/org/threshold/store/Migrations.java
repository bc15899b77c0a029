package org.threshold.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database up to the latest schema by {@code PRAGMA user_version}. Each step and the
 * version it sets commit together, so a failed step leaves both the data and the version as they were.
 */
final class Migrations {
    private final List<Migration> steps;

    Migrations(List<Migration> steps) {
        this.steps = List.copyOf(steps);
    }

    static Migrations standard() {
        return new Migrations(Schema.MIGRATIONS);
    }

    int latestVersion() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).version();
    }

    /** Applies every step above the file's version; returns how many ran. */
    int migrate(Connection connection) throws SQLException {
        int current = SqliteConnections.userVersion(connection);
        int applied = 0;
        for (Migration migration : steps) {
            if (migration.version() <= current) {
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    migration.step().apply(connection);
                    statement.execute("PRAGMA user_version = " + migration.version());
                    statement.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    Transactions.rollbackQuietly(connection);
                    throw e;
                }
            }
            applied++;
        }
        return applied;
    }
}
