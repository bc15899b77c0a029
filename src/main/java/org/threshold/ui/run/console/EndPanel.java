package org.threshold.ui.run.console;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.threshold.ui.export.ExportActions;
import org.threshold.ui.run.RunViewModel;

/**
 * Ending the day by keyboard: past the last step the console asks (Enter ends, Esc stays), and
 * the finished workshop offers its summary export, with the keyboard already on it.
 */
final class EndPanel {
    private final RunViewModel model;
    private final ExportActions exports;
    private final HBox banner = new HBox(12);
    private final Button endNow = new Button("End the workshop");
    private final Button stay = new Button("Stay");
    private final Button export = new Button("Export the summary\u2026");
    private final Button plan = new Button("Back to the plan");
    private final Button home = new Button("Workshops");

    EndPanel(RunViewModel model, ExportActions exports) {
        this.model = model;
        this.exports = exports;
        Label question = new Label("That was the last step. End the workshop? Enter ends it; Esc stays.");
        question.setWrapText(true);
        question.setMinHeight(Label.USE_PREF_SIZE);
        question.getStyleClass().add("strong");
        endNow.setId("run-end-now");
        endNow.getStyleClass().add("accent");
        endNow.setOnAction(e -> model.ending().confirm());
        stay.setId("run-end-stay");
        stay.setOnAction(e -> model.ending().cancel());
        banner.setId("run-end-banner");
        banner.getStyleClass().add("end-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getChildren().addAll(question, endNow, stay);
        banner.visibleProperty().bind(model.ending().offeredProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        export.setId("run-export");
        export.getStyleClass().add("accent");
        export.setAccessibleText("Export the workshop's summary: PDF, Word, web page, Markdown or CSV data");
        export.setOnAction(e -> exportSummary());
        plan.setId("run-finished-plan");
        plan.setOnAction(e -> model.leave());
        home.setId("run-finished-home");
        home.setOnAction(e -> model.home());
    }

    HBox banner() {
        return banner;
    }

    void focusBanner() {
        endNow.requestFocus();
    }

    /** What the console shows once the workshop is finished: the export first, since the board is waiting for it. */
    VBox finishedScreen() {
        Label title = new Label("The workshop is finished");
        title.getStyleClass().add("title-2");
        Label saved = new Label("Everything entered is saved. Export the summary for the partnership board now, or "
                + "later from the plan or the list of workshops.");
        saved.setWrapText(true);
        saved.setMinHeight(Label.USE_PREF_SIZE);
        FlowPane actions = new FlowPane(8, 8);
        if (exports != null) {
            actions.getChildren().add(export);
        }
        actions.getChildren().addAll(plan, home);
        VBox screen = new VBox(16, title, saved, actions);
        screen.setId("run-finished");
        screen.getStyleClass().add("end-screen");
        return screen;
    }

    void focusFinished() {
        Focus.request(exports != null ? export : plan);
    }

    private void exportSummary() {
        if (exports != null && model.stateProperty().get() != null) {
            exports.exportSession(model.stateProperty().get().session());
        }
    }
}
