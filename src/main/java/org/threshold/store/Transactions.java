package org.threshold.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Explicit BEGIN IMMEDIATE / COMMIT on an auto-commit connection, so no lock is held between units of work. */
final class Transactions {
    private Transactions() {
    }

    static <T> T inTransaction(Connection connection, SqlFunction<T> work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
        }
        T result;
        try {
            result = work.apply(connection);
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(connection);
            throw e;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("COMMIT");
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw e;
        }
        return result;
    }

    /**
     * After a disk-full error SQLite has already rolled the whole transaction back, and a second
     * ROLLBACK fails with "no transaction is active"; that is expected, so it is only logged.
     */
    static void rollbackQuietly(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            System.getLogger(Transactions.class.getName()).log(System.Logger.Level.DEBUG,
                    "Rollback after failure: " + e.getMessage());
        }
    }
}
