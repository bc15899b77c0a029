package org.threshold.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs behind an interface, so ViewModels and their tests never open a window. */
public interface DialogService {
    /** Asks a yes/no question; true only when the facilitator chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Says that something was saved or done, without stopping the work: nothing to answer, it passes by itself. */
    void showSaved(String title, String message);

    Optional<Path> chooseFileToOpen(String title, String extensionDescription, String... extensions);

    Optional<Path> chooseFileToSave(String title, String suggestedName);
}
