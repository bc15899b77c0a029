package org.threshold.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a file so that a crash, a full disk or a pulled USB stick leaves either the old file
 * or the complete new one at the destination, never a torn mix: the bytes go to a temporary
 * file beside it, are forced to disk, and are renamed into place. Exports use it; backups
 * share its steps.
 */
public final class AtomicFile {
    /** Writes the content; may be called once per attempt. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target} in one step; on failure the old file is untouched and no temporary file is left. */
    public static void write(Path target, Content content) {
        write(target, content, FileOps.REAL);
    }

    /** As {@link #write(Path, Content)}, and refuses a destination that is part of the live database. */
    public static void write(Path target, Content content, Database live) {
        refuseLiveDatabase(target, live.file());
        write(target, content);
    }

    static void write(Path target, Content content, FileOps ops) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            ops.force(temp);
            ops.replace(temp, absolute);
            temp = null;
            ops.forceFolderOrWarn(folder);
        } catch (IOException e) {
            throw cannotWrite(absolute, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * The live database, its journal files and its lock are never a destination: writing an
     * export over them would destroy the data the export was made from.
     */
    static void refuseLiveDatabase(Path target, Path database) {
        Path absolute = target.toAbsolutePath().normalize();
        Path live = database.toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            Path part = live.resolveSibling(live.getFileName() + suffix);
            if (absolute.equals(part) || sameFile(absolute, part)) {
                throw new StoreException(StoreProblem.FAILED, "Threshold will not save over " + absolute.getFileName()
                        + ": it is the database your workshops are kept in. Choose another name or folder.");
            }
        }
    }

    static StoreException cannotWrite(Path target, IOException e) {
        String reason = String.valueOf(e.getMessage());
        boolean full = reason.toLowerCase(Locale.ROOT).contains("no space left") || reason.contains("not enough space");
        return new StoreException(full ? StoreProblem.DISK_FULL : StoreProblem.FAILED,
                "Threshold could not save " + target.getFileName() + " in " + target.getParent()
                        + (full ? " because the disk is full" : " (" + reason + ")")
                        + ". Any file that was there before is unchanged. Check the drive is still connected and has space, "
                        + "then try again.", e);
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(AtomicFile.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not remove the temporary file " + file, e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
