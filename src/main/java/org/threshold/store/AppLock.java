package org.threshold.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second copy of Threshold off the same database. The lock lives on a file of its own
 * beside the database, never on the database file, whose locks belong to SQLite. The file is
 * removed again on close when this copy made it, so nothing is left beside the database.
 */
final class AppLock implements AutoCloseable {
    /** For reading a database in a folder nobody can write to: no copy of Threshold can be changing it. */
    static final AppLock NONE = new AppLock(null, null, null, false);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean made;

    private AppLock(Path file, FileChannel channel, FileLock lock, boolean made) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.made = made;
    }

    static Path lockFileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    static AppLock acquire(Path database) {
        Path lockFile = lockFileFor(database);
        boolean made = true;
        FileChannel channel;
        try {
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                made = false;
                channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            }
        } catch (NoSuchFileException e) {
            throw new StoreException(StoreProblem.CANNOT_OPEN, "The folder " + database.getParent()
                    + " does not exist. Check the path, or choose another folder.", e);
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
        return new AppLock(lockFile, channel, lock, made);
    }

    /**
     * For reading only: in a folder this user cannot write to, no copy of Threshold can be writing
     * the database either (SQLite needs to make its journal there), so no lock is needed or possible.
     */
    static AppLock acquireForReading(Path database, boolean folderWritable) {
        return folderWritable ? acquire(database) : NONE;
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        if (made) {
            // Removed while still held, so no other copy can take a lock on a file that is going.
            AtomicFile.deleteQuietly(file);
        }
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
