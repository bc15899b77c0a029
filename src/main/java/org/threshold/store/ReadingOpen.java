package org.threshold.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens an existing database for reading only. With no journal beside it, everything is in the
 * file itself and SQLite is told so ({@code immutable=1}): it then makes no write-ahead log, no
 * shared-memory file and takes no lock, so nothing is left behind and a folder that cannot be
 * written to does not matter. The app lock (where the folder allows one) keeps a running copy of
 * Threshold from writing meanwhile. A journal left by a crash is read through, and the shared
 * memory file SQLite makes for it is removed afterwards.
 */
final class ReadingOpen {
    static final String REASON = "This database is open for reading only.";

    private ReadingOpen() {
    }

    static Database open(Path file, Migrations migrations) {
        DatabaseFiles.requireDatabase(file);
        return open(file, migrations, Files.isWritable(file.getParent()));
    }

    static Database open(Path file, Migrations migrations, boolean folderWritable) {
        AppLock lock = AppLock.acquireForReading(file, folderWritable);
        Path sharedMemory = DatabaseFiles.companion(file, "-shm");
        boolean journal = Files.exists(DatabaseFiles.companion(file, "-wal"))
                || Files.exists(DatabaseFiles.companion(file, "-journal"));
        boolean sharedMemoryBefore = Files.exists(sharedMemory);
        StoreThread thread = new StoreThread();
        Database opened;
        try {
            opened = thread.call(() -> {
                Connection connection = journal ? SqliteConnections.open(file, true) : SqliteConnections.openImmutable(file);
                try {
                    int version = SqliteConnections.userVersion(connection);
                    if (version == 0) {
                        throw new StoreException(StoreProblem.CANNOT_OPEN, file + " is not a Threshold database.");
                    }
                    if (version < migrations.latestVersion()) {
                        connection.close();
                        return null;
                    }
                } catch (SQLException | RuntimeException e) {
                    connection.close();
                    throw e;
                }
                Runnable tidy = () -> {
                    if (!sharedMemoryBefore) {
                        AtomicFile.deleteQuietly(sharedMemory);
                    }
                };
                return new Database(file, lock, thread, connection, REASON, true, tidy);
            });
        } catch (RuntimeException e) {
            thread.shutdown();
            lock.close();
            throw e;
        }
        if (opened != null) {
            return opened;
        }
        // Saved by an older version: it is brought up to date (after a verified backup) like any opening.
        thread.shutdown();
        lock.close();
        return Database.open(file, migrations);
    }
}
