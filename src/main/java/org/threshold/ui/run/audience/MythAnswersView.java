package org.threshold.ui.run.audience;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.threshold.workshop.results.MythBreakdown;

/**
 * What each agency answered to a myth-or-fact statement: a bar per agency split into "Myth n"
 * and "Fact n", the right answer ticked, so the words and the tick carry it, not the colour.
 */
final class MythAnswersView extends VBox {
    MythAnswersView(MythBreakdown answers) {
        getStyleClass().add("myth-answers");
        String right = answers.isMyth() ? "myth" : "fact";
        getChildren().add(Slide.label("The room: " + answers.correct() + " of " + answers.total() + " said " + right,
                "myth-total"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("results-grid");
        int row = 0;
        for (MythBreakdown.Row agency : answers.agencies()) {
            HBox bar = new HBox();
            bar.getStyleClass().add("results-bar");
            segment(bar, "Myth", agency.saidMyth(), agency.total(), answers.isMyth(), "myth-said-myth");
            segment(bar, "Fact", agency.saidFact(), agency.total(), !answers.isMyth(), "myth-said-fact");
            bar.setId("myth-bar-" + agency.code());
            GridPane.setHgrow(bar, Priority.ALWAYS);
            grid.addRow(row++, Slide.label(agency.label(), "results-agency"), bar);
        }
        getChildren().add(grid);
        if (answers.hiddenAgencies() > 0) {
            getChildren().add(Slide.label(answers.hiddenAgencies() + (answers.hiddenAgencies() == 1 ? " agency" : " agencies")
                    + " not shown: too few answers to stay anonymous.", "slide-note"));
        }
        if (answers.agencies().isEmpty()) {
            getChildren().add(Slide.label("No answers entered.", "slide-note"));
        }
    }

    private static void segment(HBox bar, String word, int count, int total, boolean correct, String style) {
        if (count == 0) {
            return;
        }
        Label segment = Slide.label((correct ? "\u2713 " : "") + word + " " + count, "bar-segment");
        segment.getStyleClass().add(style);
        segment.setWrapText(false);
        segment.setMaxWidth(Double.MAX_VALUE);
        // A small count still shows its words: the bar gives way to the text, never the reverse.
        Text probe = new Text();
        segment.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            probe.setText(segment.getText());
            probe.setFont(segment.getFont());
            return Math.ceil(probe.getLayoutBounds().getWidth()) + segment.getInsets().getLeft()
                    + segment.getInsets().getRight() + segment.getLabelPadding().getLeft()
                    + segment.getLabelPadding().getRight() + 2;
        }, segment.textProperty(), segment.fontProperty(), segment.insetsProperty(), segment.labelPaddingProperty()));
        HBox.setHgrow(segment, Priority.ALWAYS);
        segment.prefWidthProperty().bind(bar.widthProperty().multiply((double) count / Math.max(1, total)));
        bar.getChildren().add(segment);
    }
}
