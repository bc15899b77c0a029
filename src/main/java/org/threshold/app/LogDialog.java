package org.threshold.app;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.threshold.store.LogFile;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.FxDialogService;
import org.threshold.ui.common.Problems;
import org.threshold.ui.common.TaskExecutor;

/**
 * The end of Threshold's log, newest last, with where the file is: what to read, or send to
 * whoever supports the facilitator, when a message says the details are in the log.
 */
final class LogDialog extends Dialog<Void> {
    private final TextArea text = new TextArea();

    LogDialog(TaskExecutor tasks) {
        Label where = new Label(LogFile.current().map(file -> "The log is kept in " + file + ".")
                .orElse("No log is being written: Threshold could not make its logs folder."));
        where.setId("log-where");
        where.setWrapText(true);
        text.setId("log-text");
        text.getStyleClass().add("log-text");
        text.setEditable(false);
        text.setText("Reading the log\u2026");
        VBox content = new VBox(8, where, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setResizable(true);
        BackgroundWork reading = new BackgroundWork(tasks,
                failure -> text.setText("The log could not be read. " + Problems.describe(failure)));
        LogFile.current().ifPresent(file -> reading.run(() -> LogFile.tail(file), this::show));
    }

    /** Over {@code owner}, in its theme and text size, until closed. */
    static void show(Stage owner, TaskExecutor tasks) {
        LogDialog dialog = new LogDialog(tasks);
        new FxDialogService(() -> owner).prepare(dialog, "Threshold's log");
        dialog.showAndWait();
    }

    private void show(String log) {
        text.setText(log.isEmpty() ? "Nothing has been logged yet." : log);
        text.positionCaret(text.getLength());
    }
}
