package org.threshold.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second copy of Threshold off the same database. The lock lives on a file of its own
 * beside the database, never on the database file, whose locks belong to SQLite.
 */
final class AppLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private AppLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    static AppLock acquire(Path database) {
        Path lockFile = lockFileFor(database);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.CANNOT_OPEN,
                    "Threshold cannot create files in " + database.getParent()
                            + ". Choose a folder you can write to, or set THRESHOLD_HOME to one.", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException(StoreProblem.ALREADY_OPEN,
                    "Threshold is already open on " + database.getFileName()
                            + " in another window. Switch to that window, or close it and start Threshold again.");
        }
        return new AppLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            System.getLogger(AppLock.class.getName()).log(System.Logger.Level.WARNING, "Could not release the app lock", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            System.getLogger(AppLock.class.getName()).log(System.Logger.Level.WARNING, "Could not close the app lock", e);
        }
    }
}
