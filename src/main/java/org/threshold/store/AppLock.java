package org.threshold.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second copy of Threshold off the same database. The lock lives on a file of its own
 * beside the database, never on the database file, whose locks belong to SQLite. The file also
 * says whether the last holder closed the database cleanly: only then may its check wait. A copy
 * that only reads leaves the file as it found it, and removes it again if it made it; so does an
 * opening that fails (a folder or a damaged file given as the database).
 */
final class AppLock implements AutoCloseable {
    /** For reading a database in a folder nobody can write to: no copy of Threshold can be changing it. */
    static final AppLock NONE = new AppLock(null, null, null, false, false, false);

    private static final String OPEN = "open\n";
    private static final String CLOSED_CLEANLY = "closed cleanly\n";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean closedCleanlyLastTime;
    private final boolean made;
    private final boolean reading;

    private AppLock(Path file, FileChannel channel, FileLock lock, boolean closedCleanlyLastTime, boolean made,
                    boolean reading) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.closedCleanlyLastTime = closedCleanlyLastTime;
        this.made = made;
        this.reading = reading;
    }

    static Path lockFileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    static AppLock acquire(Path database) {
        return acquire(database, false);
    }

    /**
     * For reading only: the lock keeps a running copy of Threshold from writing meanwhile. In a
     * folder this user cannot write to, no copy of Threshold can be writing the database either
     * (SQLite needs to make its journal there), so no lock is needed or possible.
     */
    static AppLock acquireForReading(Path database, boolean folderWritable) {
        return folderWritable ? acquire(database, true) : NONE;
    }

    private static AppLock acquire(Path database, boolean reading) {
        Path lockFile = lockFileFor(database);
        boolean made = !Files.exists(lockFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
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
        boolean clean = CLOSED_CLEANLY.equals(contents(channel));
        if (!reading) {
            // Synced before the database opens: after a power cut the next start must see this, not last time's "closed".
            say(channel, OPEN);
        }
        return new AppLock(lockFile, channel, lock, clean, made, reading);
    }

    /** False after a crash or power cut, and for a file no Threshold with this marker has closed. */
    boolean closedCleanlyLastTime() {
        return closedCleanlyLastTime;
    }

    /** Said only once the database closed without fault and without damage found. */
    void markClosedCleanly() {
        if (channel == null || reading) {
            // Reading leaves the file as it found it: what it says is the last writer's.
            return;
        }
        say(channel, CLOSED_CLEANLY);
    }

    private static String contents(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "";
        }
    }

    private static void say(FileChannel channel, String state) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(state.getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
        } catch (IOException e) {
            // The check once the window is up still finds damage; this only decides whether a start waits for it.
            System.getLogger(AppLock.class.getName()).log(System.Logger.Level.WARNING, "Could not mark the lock file", e);
        }
    }

    /** The opening failed: a lock file this copy made would only be litter beside what is not a database. */
    void closeAfterFailedOpen() {
        release(made);
    }

    @Override
    public void close() {
        release(made && reading);
    }

    private void release(boolean remove) {
        if (channel == null) {
            return;
        }
        if (remove) {
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
