package org.threshold.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.sqlite.NativeLibraryNotFoundException;
import org.sqlite.SQLiteConfig;

/** Opens SQLite with the durability settings of RELIABILITY.md and checks the file on the way in. */
final class SqliteConnections {
    static final int BUSY_TIMEOUT_MILLIS = 5000;
    private static final String LIBRARY_PATH = "org.sqlite.lib.path";
    private static final String LIBRARY_NAME = "org.sqlite.lib.name";
    /** The folder of the copy this run keeps, so a later call can tell it from one the launcher named. */
    private static volatile String keptCopyFolder;

    private SqliteConnections() {
    }

    /**
     * Points the driver at its native library in a folder of the app's own, so a missing or noexec
     * /tmp cannot stop Threshold: a copy kept there from one start to the next ({@link NativeLibrary}),
     * or failing that the driver's own unpacking into it. Must run before the driver first loads.
     */
    static void useNativeFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            System.setProperty("org.sqlite.tmpdir", folder.toAbsolutePath().toString());
            // The installed app names a copy of its own at launch; otherwise one kept in the data folder, if it can be.
            String named = System.getProperty(LIBRARY_PATH);
            if (named == null || named.equals(keptCopyFolder)) {
                NativeLibrary.unpackedInto(folder.toAbsolutePath()).ifPresentOrElse(copy -> {
                    keptCopyFolder = copy.getParent().toString();
                    System.setProperty(LIBRARY_PATH, keptCopyFolder);
                    System.setProperty(LIBRARY_NAME, copy.getFileName().toString());
                }, () -> {
                    System.clearProperty(LIBRARY_PATH);
                    System.clearProperty(LIBRARY_NAME);
                });
            }
        } catch (IOException e) {
            System.getLogger(SqliteConnections.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not create the native library folder " + folder + "; using the system default", e);
        }
    }

    static Connection open(Path file, boolean readOnly) {
        return open(file, readOnly, true);
    }

    /** @param checkNow run the quick check before returning; otherwise the caller runs {@link #quickCheck} later */
    static Connection open(Path file, boolean readOnly, boolean checkNow) {
        return open(file, "jdbc:sqlite:" + file.toAbsolutePath(), readOnly, checkNow);
    }

    /** Read-only, with SQLite told that nothing changes the file meanwhile: it makes no journal files and takes no lock. */
    static Connection openImmutable(Path file) {
        return open(file, "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1", true, true);
    }

    private static Connection open(Path file, String url, boolean readOnly, boolean checkNow) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        try {
            Connection connection = config.createConnection(url);
            try {
                applyDurability(connection, readOnly);
                if (checkNow) {
                    requireQuickCheck(connection, file);
                }
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            if (isNativeLibraryMissing(e)) {
                throw nativeLibrary(e);
            }
            throw SqliteErrors.translate(e, file, readOnly);
        } catch (LinkageError e) {
            throw nativeLibrary(e);
        }
    }

    /**
     * The driver reports a library it could not unpack or load as a plain "Error opening
     * connection", with the real reason only in the causes.
     */
    private static boolean isNativeLibraryMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LinkageError || t instanceof NativeLibraryNotFoundException) {
                return true;
            }
        }
        return false;
    }

    private static StoreException nativeLibrary(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new StoreException(StoreProblem.NATIVE_LIBRARY,
                "Threshold could not load its database engine for this computer (" + root.getMessage()
                        + "). Check that the data folder allows running programs, or set THRESHOLD_HOME to another folder.", e);
    }

    private static void applyDurability(Connection connection, boolean readOnly) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!readOnly) {
                // WAL does not take on every filesystem; read it back and fall back to the
                // rollback journal with the strongest sync rather than run without one.
                String mode = single(statement, "PRAGMA journal_mode=WAL");
                if ("wal".equalsIgnoreCase(mode)) {
                    statement.execute("PRAGMA synchronous=FULL");
                } else {
                    statement.execute("PRAGMA journal_mode=DELETE");
                    statement.execute("PRAGMA synchronous=EXTRA");
                }
            }
            statement.execute("PRAGMA secure_delete=ON");
            if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
                // The driver's own fullsync setting sends a misspelt pragma that SQLite ignores.
                statement.execute("PRAGMA fullfsync=1");
                statement.execute("PRAGMA checkpoint_fullfsync=1");
            }
        }
    }

    private static void requireQuickCheck(Connection connection, Path file) throws SQLException {
        String result = quickCheck(connection);
        if (!"ok".equalsIgnoreCase(result)) {
            throw SqliteErrors.corrupt(file, new SQLException("quick_check: " + result));
        }
    }

    /** "ok", or SQLite's first words about the damage. */
    static String quickCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return single(statement, "PRAGMA quick_check");
        }
    }

    static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return Integer.parseInt(single(statement, "PRAGMA user_version"));
        }
    }
}
