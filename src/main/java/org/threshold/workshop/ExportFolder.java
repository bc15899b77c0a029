package org.threshold.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import org.threshold.store.SettingsRepository;

/**
 * Where a summary is saved unless the facilitator chooses somewhere else: the folder used last
 * time, or else their documents. With a place ready, Enter in the export dialog exports at once.
 */
public final class ExportFolder {
    static final String KEY = "export.folder";

    private final SettingsRepository settings;
    private final Path fallback;

    public ExportFolder(SettingsRepository settings, Path fallback) {
        this.settings = settings;
        this.fallback = fallback;
    }

    /** The user's Documents folder where there is one, or else their home folder. */
    public static Path documentsIn(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** The folder used last time if it is still there, or else the fallback. */
    public Path current() {
        return settings.get(KEY).map(Path::of).filter(Files::isDirectory).orElse(fallback);
    }

    public void remember(Path folder) {
        settings.put(KEY, folder.toAbsolutePath().toString());
    }
}
