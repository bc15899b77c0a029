package org.threshold.ui.export;

import java.nio.file.Path;

/** Hands a finished export to the computer's own programs; the app provides it, tests record the calls. */
public interface FileOpener {
    /** Opens a file with the program the computer uses for it, or a folder in the file manager. */
    void open(Path path);

    /** Shows the folder that holds {@code path}, or the folder itself when it is one. */
    void showInFolder(Path path);
}
