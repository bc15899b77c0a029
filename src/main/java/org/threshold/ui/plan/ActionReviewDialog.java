package org.threshold.ui.plan;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.threshold.domain.ActionStatus;
import org.threshold.domain.StandardAgency;
import org.threshold.workshop.Dates;
import org.threshold.workshop.stand.CarriedAction;

/**
 * What became of the last workshop's actions: a row per action with Done, Not done or Dropped.
 * Each choice is saved as it is made; Tab moves between actions and the arrow keys choose.
 */
final class ActionReviewDialog extends Dialog<Void> {
    private static final String NOT_REPORTED = "Not reported yet";

    ActionReviewDialog(ActionReviewViewModel model) {
        setTitle("Actions from the last workshop");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        for (CarriedAction action : model.actions()) {
            Label text = new Label(action.text() + "\n" + details(action));
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
            text.setPrefWidth(420);
            ChoiceBox<String> status = new ChoiceBox<>();
            status.setId("review-status-" + row);
            if (action.earlierHere() || !action.reported()) {
                status.getItems().add(NOT_REPORTED);
            }
            for (ActionStatus s : ActionStatus.values()) {
                status.getItems().add(s.label());
            }
            status.setValue(action.reported() ? action.status().label() : NOT_REPORTED);
            status.setAccessibleText("What became of: " + action.text());
            status.setOnAction(e -> model.report(action, status(status.getValue())));
            grid.addRow(row++, text, status);
        }
        Label intro = new Label(model.summaryProperty().get().isEmpty() ? "There are no actions to review."
                : "Ask each owner what became of their action. Each answer is saved as you choose it.");
        intro.setWrapText(true);
        ScrollPane scroller = new ScrollPane(grid);
        scroller.setFitToWidth(true);
        scroller.setPrefViewportHeight(Math.min(420, 70 * Math.max(1, row)));
        getDialogPane().setContent(new VBox(12, intro, scroller));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    private static ActionStatus status(String label) {
        for (ActionStatus s : ActionStatus.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }

    private static String details(CarriedAction action) {
        String owner = action.ownerAgency().isBlank() ? "no owner" : StandardAgency.byCode(action.ownerAgency())
                .map(StandardAgency::displayName).orElse(action.ownerAgency());
        return "Owner: " + owner + (action.due() == null ? "" : "; due " + Dates.day(action.due()))
                + "; agreed at " + action.fromTitle() + " (" + Dates.day(action.fromDate()) + ")";
    }
}
