package org.threshold.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The local SQLite store. One connection, owned by one thread: every change is committed
 * before the caller hears it succeeded, so what the app acknowledged is on disk.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    /** Beside the database, so for the default database it is {@link DataFolder#backups()}. */
    static final String BACKUPS_FOLDER = "backups";

    private final Path file;
    private final AppLock lock;
    private final StoreThread thread;
    private final Connection connection;
    private final String readOnlyReason;
    private final Runnable afterClose;
    private boolean inTransaction;
    private boolean closed;

    private Database(Path file, AppLock lock, StoreThread thread, Connection connection, String readOnlyReason) {
        this(file, lock, thread, connection, readOnlyReason, () -> { });
    }

    /** @param afterClose tidies what opening made beside the file, once the connection is closed */
    Database(Path file, AppLock lock, StoreThread thread, Connection connection, String readOnlyReason,
             Runnable afterClose) {
        this.file = file;
        this.lock = lock;
        this.thread = thread;
        this.connection = connection;
        this.readOnlyReason = readOnlyReason;
        this.afterClose = afterClose;
    }

    /**
     * Has the driver unpack its native library into {@code folder}, so a missing or noexec /tmp
     * cannot stop the app. Call before the first database is opened.
     */
    public static void extractNativeLibraryInto(Path folder) {
        SqliteConnections.useNativeFolder(folder);
    }

    /**
     * Opens the database at {@code file}, creating the file (never its folder) if there is none,
     * and brings it to the latest schema.
     */
    public static Database open(Path file) {
        return open(file, Migrations.standard());
    }

    /** As {@link #open(Path)}, for a database that must already exist: a mistyped path is said, not created. */
    public static Database openExisting(Path file) {
        DatabaseFiles.requireDatabase(file.toAbsolutePath());
        return open(file);
    }

    /**
     * Opens an existing database for reading only, leaving nothing beside it: no write-ahead log,
     * no shared-memory file, no lock file. Works in a folder that cannot be written to. A database
     * from an older version is brought up to date first, which needs a folder that can be.
     */
    public static Database openForReading(Path file) {
        return ReadingOpen.open(file.toAbsolutePath(), Migrations.standard());
    }

    static Database open(Path file, Migrations migrations) {
        Path absolute = file.toAbsolutePath();
        DatabaseFiles.requirePlace(absolute);
        AppLock lock = AppLock.acquire(absolute);
        StoreThread thread = new StoreThread();
        try {
            return thread.call(() -> openOnStoreThread(absolute, lock, thread, migrations));
        } catch (RuntimeException e) {
            thread.shutdown();
            lock.close();
            throw e;
        }
    }

    private static Database openOnStoreThread(Path file, AppLock lock, StoreThread thread, Migrations migrations)
            throws SQLException {
        String reason = Files.exists(file) && !Files.isWritable(file)
                ? "The file " + file + " is read-only, so Threshold opened it for reading only. "
                        + "Copy it to a folder you can write to if you need to change it."
                : null;
        Connection connection = SqliteConnections.open(file, reason != null);
        try {
            int version = SqliteConnections.userVersion(connection);
            if (version > migrations.latestVersion()) {
                connection.close();
                connection = SqliteConnections.open(file, true);
                reason = "This database was saved by a newer version of Threshold, so it is open for reading only: "
                        + "you can look at and export sessions but not change them. Install the newer version to edit it.";
            } else if (reason == null) {
                if (version > 0 && version < migrations.latestVersion()) {
                    backUpBeforeMigrating(connection, file);
                }
                migrations.migrate(connection);
            }
            return new Database(file, lock, thread, connection, reason);
        } catch (SQLException e) {
            connection.close();
            throw SqliteErrors.translate(e, file);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Each step is one transaction, but a step can be wrong in a way no test foresaw: a verified
     * backup, in the backups folder beside the database, lets that be undone.
     */
    private static void backUpBeforeMigrating(Connection connection, Path file) {
        Backup backup = new Backups(file.resolveSibling(BACKUPS_FOLDER), Clock.systemUTC()).take(connection);
        LOG.log(System.Logger.Level.INFO, "Backed up before migrating: " + backup.file());
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why the database is open read-only, in words for the facilitator; empty when it is writable. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** Runs several changes as one transaction: all of them are saved, or none. */
    public <T> T transaction(Supplier<T> work) {
        return write(connection -> work.get());
    }

    public void transaction(Runnable work) {
        write(connection -> {
            work.run();
            return null;
        });
    }

    /** A unit of change, committed before it returns; joins the open transaction when nested. */
    <T> T write(SqlFunction<T> work) {
        if (readOnlyReason != null) {
            throw new StoreException(StoreProblem.READ_ONLY, readOnlyReason);
        }
        return onStoreThread(c -> {
            if (inTransaction) {
                return work.apply(connection);
            }
            inTransaction = true;
            try {
                return Transactions.inTransaction(connection, work);
            } finally {
                inTransaction = false;
            }
        });
    }

    <T> T read(SqlFunction<T> work) {
        return onStoreThread(work);
    }

    private <T> T onStoreThread(SqlFunction<T> work) {
        return thread.call(() -> {
            if (closed) {
                throw new StoreException(StoreProblem.FAILED, "The database is already closed.");
            }
            try {
                return work.apply(connection);
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, file);
            }
        });
    }

    /** Checkpoints the write-ahead log into the main file, closes, and lets another instance in. */
    @Override
    public void close() {
        try {
            thread.call(() -> {
                if (closed) {
                    return null;
                }
                closed = true;
                if (readOnlyReason == null) {
                    checkpoint();
                }
                connection.close();
                afterClose.run();
                return null;
            });
        } finally {
            thread.shutdown();
            lock.close();
        }
    }

    private void checkpoint() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            // The log stays beside the file and SQLite replays it on the next start: nothing is lost.
            LOG.log(System.Logger.Level.WARNING, "Checkpoint on close did not complete", e);
        }
    }
}
