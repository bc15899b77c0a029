package org.threshold.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.HostServices;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.export.FileOpener;

/** Opens exports with the computer's own programs through JavaFX's HostServices, which needs no AWT. */
final class HostFileOpener implements FileOpener {
    private final HostServices host;
    private final DialogService dialogs;

    /** @param host null when the app was started without one (tests): the facilitator is told where the file is */
    HostFileOpener(HostServices host, DialogService dialogs) {
        this.host = host;
        this.dialogs = dialogs;
    }

    @Override
    public void open(Path path) {
        show(path);
    }

    @Override
    public void showInFolder(Path path) {
        Path folder = Files.isDirectory(path) || path.getParent() == null ? path : path.getParent();
        show(folder);
    }

    private void show(Path path) {
        if (host == null) {
            dialogs.showInformation("Saved", "It is saved at " + path.toAbsolutePath() + ".");
            return;
        }
        host.showDocument(path.toAbsolutePath().toUri().toString());
    }
}
