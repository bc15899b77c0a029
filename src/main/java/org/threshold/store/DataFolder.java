package org.threshold.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Threshold keeps its data on this computer: a per-user folder on local disk (never a
 * synced or network folder by default, where SQLite's write-ahead log is not safe).
 */
public final class DataFolder {
    public static final String DATABASE_FILE_NAME = "threshold.db";

    private final Path folder;

    public DataFolder(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** THRESHOLD_HOME when set, otherwise the platform's usual place for per-user application data. */
    public static DataFolder resolve(Map<String, String> environment, String osName, Path userHome) {
        String home = environment.get("THRESHOLD_HOME");
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return new DataFolder(base.resolve("Threshold"));
        }
        if (os.contains("mac")) {
            return new DataFolder(userHome.resolve("Library/Application Support/Threshold"));
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new DataFolder(base.resolve("threshold"));
    }

    public static DataFolder forThisUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public Path path() {
        return folder;
    }

    /** Makes the folder, the app's own, if it is not there yet. */
    public void create() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.CANNOT_OPEN, "Threshold cannot create its data folder " + folder
                    + ". Set THRESHOLD_HOME to a folder you can write to.", e);
        }
    }

    public Path defaultDatabase() {
        return folder.resolve(DATABASE_FILE_NAME);
    }

    /** The driver unpacks its native library here rather than in a /tmp that may be missing or noexec. */
    public Path nativeLibraries() {
        return folder.resolve("native");
    }

    public Path backups() {
        return folder.resolve("backups");
    }
}
