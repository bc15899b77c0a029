package org.threshold.ui.plan;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.threshold.ui.common.FxDialogService;

/** On the plan: how many of the last workshop's actions are reported, and the way in to report the rest. */
final class ActionReviewPane extends VBox {
    ActionReviewPane(ActionReviewViewModel model) {
        super(8);
        Label title = new Label("Last workshop's actions");
        title.getStyleClass().add("title-3");
        Label summary = new Label();
        summary.setId("plan-review-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        Button review = new Button("Review actions\u2026");
        review.setId("plan-review");
        review.setOnAction(e -> {
            ActionReviewDialog dialog = new ActionReviewDialog(model);
            FxDialogService.openFrom(this, dialog);
            dialog.showAndWait();
        });
        getChildren().addAll(title, summary, review);
        visibleProperty().bind(model.summaryProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
