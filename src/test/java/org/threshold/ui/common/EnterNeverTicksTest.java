package org.threshold.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a dialog, as in the app window, Enter never ticks or unticks a box: the export dialog's
 * "Include free-text notes" must not change on a stray Enter. Space still ticks it.
 */
class EnterNeverTicksTest {
    final FxRobot robot = new FxRobot();
    Stage stage;
    Dialog<ButtonType> dialog;
    CheckBox notes;

    @BeforeEach
    void open() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(), 400, 300));
            stage.show();
            notes = new CheckBox("Include free-text notes");
            dialog = new Dialog<>();
            dialog.getDialogPane().setContent(notes);
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
            new FxDialogService(() -> stage).prepare(dialog, "Export summary");
            dialog.show();
            notes.requestFocus();
        });
        robot.targetWindow(dialog.getDialogPane().getScene().getWindow());
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> dialog.close());
        FxToolkit.cleanupStages();
    }

    @Test
    void enterLeavesTheBoxAsItWasAndSpaceTicksIt() {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(notes.isSelected(), "a stray Enter puts no notes into the export");

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notes.isSelected());
    }
}
