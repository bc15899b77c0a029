package org.threshold.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The file-system steps that make a written file durable: flush it, rename it into place,
 * flush the folder so the rename itself survives a power cut. An interface so tests can make
 * any one step fail and check that nothing is left half done.
 */
interface FileOps {
    FileOps REAL = new FileOps() {
    };

    /** Forces the file's bytes to the disk. */
    default void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Renames {@code from} over {@code to} in one step: a reader sees the old file or the new, never a mix. */
    default void replace(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forces the folder's entries (new names, renames) to the disk. */
    default void forceFolder(Path folder) throws IOException {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /**
     * Some file systems (network shares, some FUSE drives) refuse to flush a folder. By then the
     * file itself is on disk and renamed; at worst a power cut brings back the old name, so this
     * is a warning, not a failure that would throw away a good file.
     */
    default void forceFolderOrWarn(Path folder) {
        try {
            forceFolder(folder);
        } catch (IOException e) {
            System.getLogger(FileOps.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not flush the folder " + folder + " after a rename", e);
        }
    }
}
