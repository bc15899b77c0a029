package org.threshold.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second copy of Threshold off the same database. The lock lives on a file of its own
 * beside the database, never on the database file, whose locks belong to SQLite. The file also
 * says whether the last holder closed the database cleanly: only then may its check wait.
 */
final class AppLock implements AutoCloseable {
    private static final String OPEN = "open\n";
    private static final String CLOSED_CLEANLY = "closed cleanly\n";

    private final FileChannel channel;
    private final FileLock lock;
    private final boolean closedCleanlyLastTime;

    private AppLock(FileChannel channel, FileLock lock, boolean closedCleanlyLastTime) {
        this.channel = channel;
        this.lock = lock;
        this.closedCleanlyLastTime = closedCleanlyLastTime;
    }

    static Path lockFileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    static AppLock acquire(Path database) {
        Path lockFile = lockFileFor(database);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
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
        // Synced before the database opens: after a power cut the next start must see this, not last time's "closed".
        say(channel, OPEN);
        return new AppLock(channel, lock, clean);
    }

    /** False after a crash or power cut, and for a file no Threshold with this marker has closed. */
    boolean closedCleanlyLastTime() {
        return closedCleanlyLastTime;
    }

    /** Said only once the database closed without fault and without damage found. */
    void markClosedCleanly() {
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
