package org.threshold.ui.backups;

import java.nio.file.Path;

/** Shows a folder in the computer's file manager; the app implements it, a test records it. */
public interface FolderOpener {
    /** @return false when this computer cannot show folders (no desktop), so the screen can say where it is instead */
    boolean open(Path folder);
}
