package org.threshold.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Checks a database path before anything is made beside it: Threshold creates a database only
 * where it was asked to, never the folders above it, and never a lock file beside a folder.
 */
final class DatabaseFiles {
    private DatabaseFiles() {
    }

    /** The folder must exist, and the path must be a database file or a new name in it. */
    static void requirePlace(Path file) {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(StoreProblem.CANNOT_OPEN, "The folder " + folder + " does not exist. "
                    + "Check the path: Threshold does not create folders it was not asked for.");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new StoreException(StoreProblem.CANNOT_OPEN, file + " is " + (Files.isDirectory(file)
                    ? "a folder" : "not an ordinary file") + ", not a Threshold database. Give the path of a database file.");
        }
    }

    /** As {@link #requirePlace}, and the database must already be there. */
    static void requireDatabase(Path file) {
        requirePlace(file);
        if (!Files.exists(file)) {
            throw new StoreException(StoreProblem.CANNOT_OPEN, "There is no Threshold database at " + file + ".");
        }
    }

    static Path companion(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }
}
