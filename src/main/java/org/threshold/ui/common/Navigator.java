package org.threshold.ui.common;

/** Moves the main window between screens; the app implements it, screens only ask. */
public interface Navigator {
    void showHome();

    /** Opens a workshop where it makes sense: its plan, or the console where a running one stopped. */
    void openSession(long sessionId);

    /** Starts (or resumes) running a workshop: presenter console here, audience display on the projector. */
    void runSession(long sessionId);

    /** The scenario pack library: bundled and imported packs, to read, import, export and customise. */
    void showPacks();

    /** Opens a pack in the editor; a bundled pack opens read-only, offering to duplicate it. */
    void editPack(String packId);

    /** The backups kept on this computer: take one now, restore one, open the data folder. */
    void showBackups();

    /** Threshold's log, where the details of anything that went wrong are kept. */
    void showLog();
}
