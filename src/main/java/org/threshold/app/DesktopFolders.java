package org.threshold.app;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import javafx.application.HostServices;
import org.threshold.ui.backups.FolderOpener;

/** Opens a folder in the file manager through the JavaFX host; says no on a computer without a desktop. */
final class DesktopFolders implements FolderOpener {
    private static final System.Logger LOG = System.getLogger(DesktopFolders.class.getName());

    private final HostServices host;

    DesktopFolders(HostServices host) {
        this.host = host;
    }

    @Override
    public boolean open(Path folder) {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            host.showDocument(folder.toUri().toString());
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot open " + folder, e);
            return false;
        }
    }
}
