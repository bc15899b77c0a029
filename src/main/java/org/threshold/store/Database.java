package org.threshold.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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
    private final boolean checkedAtOpen;
    private final Runnable afterClose;
    private volatile boolean damageFound;
    private boolean inTransaction;
    private boolean closed;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong rowsListed = new AtomicLong();

    private Database(Path file, AppLock lock, StoreThread thread, Connection connection, String readOnlyReason,
                     boolean checkedAtOpen) {
        this(file, lock, thread, connection, readOnlyReason, checkedAtOpen, () -> { });
    }

    /** @param afterClose tidies what opening made beside the file, once the connection is closed */
    Database(Path file, AppLock lock, StoreThread thread, Connection connection, String readOnlyReason,
             boolean checkedAtOpen, Runnable afterClose) {
        this.file = file;
        this.lock = lock;
        this.thread = thread;
        this.connection = connection;
        this.readOnlyReason = readOnlyReason;
        this.checkedAtOpen = checkedAtOpen;
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
     * checks it, and brings it to the latest schema.
     */
    public static Database open(Path file) {
        return open(file, Migrations.standard());
    }

    /**
     * Opens an existing database for reading only, leaving nothing beside it: no write-ahead log,
     * no shared-memory file, no lock file. Works in a folder that cannot be written to. A database
     * from an older version is brought up to date first, which needs a folder that can be.
     */
    public static Database openForReading(Path file) {
        return ReadingOpen.open(file.toAbsolutePath(), Migrations.standard());
    }

    /**
     * As {@link #open(Path)}, but the file is checked now only when Threshold did not close it
     * cleanly last time (a crash, a power cut, a file it has not seen); otherwise the caller runs
     * {@link #quickCheck()} once the window is up, so a start does not wait for a check that grows with the file.
     */
    public static Database openCheckingIfUnclean(Path file) {
        return open(file, Migrations.standard(), false);
    }

    static Database open(Path file, Migrations migrations) {
        return open(file, migrations, true);
    }

    private static Database open(Path file, Migrations migrations, boolean alwaysCheck) {
        Path absolute = file.toAbsolutePath();
        DatabaseFiles.requirePlace(absolute);
        AppLock lock = AppLock.acquire(absolute);
        StoreThread thread = new StoreThread();
        try {
            boolean checkNow = alwaysCheck || !lock.closedCleanlyLastTime();
            return thread.call(() -> openOnStoreThread(absolute, lock, thread, migrations, checkNow));
        } catch (RuntimeException e) {
            thread.shutdown();
            lock.closeAfterFailedOpen();
            throw e;
        }
    }

    private static Database openOnStoreThread(Path file, AppLock lock, StoreThread thread, Migrations migrations,
                                              boolean checkNow) throws SQLException {
        String reason = Files.exists(file) && !Files.isWritable(file)
                ? "The file " + file + " is read-only, so Threshold opened it for reading only. "
                        + "Copy it to a folder you can write to if you need to change it."
                : null;
        Connection connection = SqliteConnections.open(file, reason != null, checkNow);
        try {
            int version = SqliteConnections.userVersion(connection);
            if (version > migrations.latestVersion()) {
                connection.close();
                connection = SqliteConnections.open(file, true, false);
                reason = "This database was saved by a newer version of Threshold, so it is open for reading only: "
                        + "you can look at and export sessions but not change them. Install the newer version to edit it.";
            } else if (reason == null) {
                if (version > 0 && version < migrations.latestVersion()) {
                    backUpBeforeMigrating(connection, file);
                }
                migrations.migrate(connection);
            }
            return new Database(file, lock, thread, connection, reason, checkNow);
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
        T result = onStoreThread(work);
        if (result instanceof Collection<?> rows) {
            rowsListed.addAndGet(rows.size());
        }
        return result;
    }

    /**
     * How many rows the repositories' list reads have returned since the database opened: the
     * tests of a screen that must read only what it shows count with it, with no timing involved.
     */
    public long rowsListed() {
        return rowsListed.get();
    }

    /** False when {@link #openCheckingIfUnclean} left the check to {@link #quickCheck()}. */
    public boolean checkedAtOpen() {
        return checkedAtOpen;
    }

    /**
     * SQLite's quick check of the whole file: empty when it is sound, else what is wrong in words.
     * Damage found here is remembered, so the next start checks first and offers the recovery.
     */
    public Optional<String> quickCheck() {
        String result;
        try {
            result = read(SqliteConnections::quickCheck);
        } catch (StoreException e) {
            if (e.problem() != StoreProblem.CORRUPT) {
                throw e;
            }
            result = e.getMessage();
        }
        if ("ok".equalsIgnoreCase(result)) {
            return Optional.empty();
        }
        damageFound = true;
        LOG.log(System.Logger.Level.WARNING, "quick_check found damage in " + file + ": " + result);
        return Optional.of("Threshold found damage in its data file " + file + ". Close Threshold and start it again: "
                + "it will set the damaged file aside (nothing is deleted) and offer to restore the newest backup.");
    }

    /** How many reads and writes the store has served, each one repository call: tests count queries with it. */
    public long requests() {
        return requests.get();
    }

    private <T> T onStoreThread(SqlFunction<T> work) {
        requests.incrementAndGet();
        return thread.call(() -> {
            if (closed) {
                throw new StoreException(StoreProblem.FAILED, "The database is already closed.");
            }
            try {
                return work.apply(connection);
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, file, readOnlyReason != null);
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
                if (!damageFound) {
                    lock.markClosedCleanly();
                }
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
