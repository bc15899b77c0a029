package org.threshold.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Dialogs that carry the owner window's stylesheets, so they follow the theme and the font size. */
public final class FxDialogService implements DialogService {
    /** Long enough to read a file's path twice; the notice can be clicked away sooner. */
    private static final Duration SAVED_NOTICE_SHOWN = Duration.seconds(8);

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
        prepare(alert, title);
        // Cancel is the default: a stray Enter never deletes anything.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        prepare(alert, title);
        alert.showAndWait();
    }

    /**
     * ControlsFX's notification, in the window's corner: a modal box with an OK button for good
     * news stops the facilitator for nothing. It takes the window's stylesheets, so it follows
     * the theme and the font size. Failures stay modal ({@link #showError}): they must be read.
     */
    @Override
    public void showSaved(String title, String message) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            showInformation(title, message);
            return;
        }
        Notifications.create().owner(window).title(title).text(message).graphic(Icons.SAVED.icon())
                .styleClass("saved-notice").position(Pos.BOTTOM_RIGHT).hideAfter(SAVED_NOTICE_SHOWN).show();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extensionDescription, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription, extensions));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    /** Opens a dialog from a screen: owned by its window, styled by its stylesheets (theme and font size). */
    public static void openFrom(Node screen, Dialog<?> dialog) {
        if (screen.getScene() != null) {
            adopt(dialog, screen.getScene().getWindow());
        }
    }

    private static void adopt(Dialog<?> dialog, Window window) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, EnterNeverTicks.FILTER);
        if (window != null) {
            dialog.initOwner(window);
            if (window.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
                dialog.getDialogPane().getStyleClass().addAll(window.getScene().getRoot().getStyleClass());
            }
        }
    }

    /** Gives a dialog the owner's stylesheets and a header-free layout. */
    public void prepare(Dialog<?> dialog, String title) {
        adopt(dialog, owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().setMinWidth(480);
    }
}
