package org.threshold.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sqlite.SQLiteConfig;

/** Checks a database file (a backup, or one about to be restored) before anyone relies on it. */
final class Verification {
    /** Why a file is not fit to keep or restore, in a few words for the message around it. */
    static final class Failed extends Exception {
        Failed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private Verification() {
    }

    /** Rows in every table of the schema, by table name. */
    static Map<String, Long> counts(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * Opens the file read-only and runs the full integrity check; when {@code expected} is given,
     * the row counts must match it too.
     */
    static void requireIntact(Path file, Map<String, Long> expected) throws Failed {
        if (!Files.isRegularFile(file)) {
            throw new Failed("the file is missing", null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            String result = SqliteConnections.single(statement, "PRAGMA integrity_check");
            if (!"ok".equalsIgnoreCase(result)) {
                throw new Failed("the integrity check reported: " + result, null);
            }
            if (SqliteConnections.userVersion(connection) < 1) {
                throw new Failed("it holds no Threshold data", null);
            }
            if (expected != null) {
                Map<String, Long> actual = counts(connection);
                if (!actual.equals(expected)) {
                    throw new Failed("its row counts " + actual + " differ from the database's " + expected, null);
                }
            }
        } catch (SQLException e) {
            throw new Failed("it cannot be read as a database: " + e.getMessage(), e);
        }
    }
}
