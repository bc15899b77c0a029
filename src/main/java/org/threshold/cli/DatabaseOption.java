package org.threshold.cli;

import java.nio.file.Path;
import org.threshold.store.Database;
import org.threshold.store.DataFolder;

/** The {@code --db PATH} option shared by the commands: the default database when absent. */
public final class DatabaseOption {
    /** Where the database is: {@link DatabaseOption#resolve} in the app, a temporary file in tests. */
    @FunctionalInterface
    public interface Location {
        Path resolve(Arguments arguments) throws CliException;
    }

    private DatabaseOption() {
    }

    public static Path resolve(Arguments arguments) throws CliException {
        DataFolder folder = DataFolder.forThisUser();
        Database.extractNativeLibraryInto(folder.nativeLibraries());
        return arguments.option("--db").map(Path::of).orElse(folder.defaultDatabase());
    }
}
