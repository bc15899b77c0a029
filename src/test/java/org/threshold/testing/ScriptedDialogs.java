package org.threshold.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threshold.ui.common.DialogService;

/** A DialogService that answers confirmations as told and records every message shown. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<String> saved = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    private boolean confirm = true;
    private Path toSave;

    public ScriptedDialogs answeringConfirmations(boolean answer) {
        this.confirm = answer;
        return this;
    }

    /** The save dialog answers with {@code file}, as if the facilitator chose it (and agreed to replace it). */
    public ScriptedDialogs savingTo(Path file) {
        this.toSave = file;
        return this;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return confirm;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(message);
    }

    @Override
    public void showSaved(String title, String message) {
        saved.add(message);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extensionDescription, String... extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(toSave);
    }
}
