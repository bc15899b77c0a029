package org.threshold.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/**
 * Writes export files so that a failure never leaves a half-written file or damages the one it
 * would have replaced: the bytes go to a temporary file in the target's own folder, are forced
 * to disk, and the finished file is moved over the target in one atomic step. The live database
 * and its companion files are never a destination.
 */
public final class SafeFileWriter {
    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final List<Path> protectedFiles;

    /** @param liveDatabase the database in use, which exports must never overwrite */
    public SafeFileWriter(Path liveDatabase) {
        Path db = liveDatabase.toAbsolutePath().normalize();
        String name = db.getFileName().toString();
        this.protectedFiles = List.of(db, db.resolveSibling(name + "-wal"), db.resolveSibling(name + "-shm"),
                db.resolveSibling(name + "-journal"), db.resolveSibling(name + ".lock"));
    }

    public void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        refuseProtected(absolute);
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("The folder " + folder + " does not exist. Choose an existing folder for the export.");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder. Choose a file name for the export.");
        }
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncFolder(folder);
    }

    private void refuseProtected(Path target) throws IOException {
        for (Path file : protectedFiles) {
            if (target.equals(file) || sameExistingFile(target, file)) {
                throw new IOException("An export cannot be written over Threshold's own database (" + file.getFileName()
                        + "). Choose another file name or folder.");
            }
        }
    }

    private static boolean sameExistingFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on unusual file systems; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder for this, which is harmless. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            System.getLogger(SafeFileWriter.class.getName()).log(System.Logger.Level.DEBUG,
                    "Could not sync folder " + folder + ": " + e.getMessage());
        }
    }
}
