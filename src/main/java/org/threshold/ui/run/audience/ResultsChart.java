package org.threshold.ui.run.audience;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.ui.run.audience.SlideBlock.BarRow;
import org.threshold.ui.run.audience.SlideBlock.Bars;
import org.threshold.ui.run.audience.SlideBlock.Legend;
import org.threshold.ui.run.audience.SlideBlock.Segment;

/**
 * A bar per agency: the split of answers at a decision point, or the room's answers to a myth.
 * Each segment is labelled (colour is never the only carrier) and each row says what it comes to.
 */
final class ResultsChart extends VBox {
    /** Characters of legend that still fit one line at the largest size a slide is drawn. */
    static final int LEGEND_ON_ONE_LINE = 60;

    ResultsChart(Bars bars) {
        getStyleClass().add("results-chart");
        SlideView.describe(this, bars.description());
        if (!bars.heading().isEmpty()) {
            getChildren().add(SlideView.label(bars.heading(), "myth-total"));
        }
        if (!bars.legend().isEmpty()) {
            // Short labels side by side; options that are sentences one to a line, so each reads whole.
            boolean sentences = bars.legend().stream().mapToInt(l -> l.text().length()).sum() > LEGEND_ON_ONE_LINE;
            Pane legend = sentences ? new VBox() : new HBox();
            legend.getStyleClass().addAll("results-legend", sentences ? "legend-lines" : "legend-row");
            for (Legend entry : bars.legend()) {
                Label key = SlideView.label(entry.text(), "legend-item");
                key.getStyleClass().add(entry.tone());
                legend.getChildren().add(key);
            }
            getChildren().add(legend);
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("results-grid");
        int row = 0;
        for (BarRow agency : bars.rows()) {
            ProportionalBar bar = bar(agency);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            grid.addRow(row, SlideView.label(agency.label(), "results-agency"), bar);
            if (!agency.summary().isEmpty()) {
                grid.add(SlideView.label(agency.summary(), "results-majority"), 2, row);
            }
            row++;
        }
        getChildren().add(grid);
        bars.notes().forEach(note -> getChildren().add(SlideView.label(note, "slide-note")));
    }

    private static ProportionalBar bar(BarRow agency) {
        ProportionalBar bar = new ProportionalBar();
        bar.getStyleClass().add("results-bar");
        bar.setId(agency.id());
        SlideView.describe(bar, agency.description());
        for (Segment part : agency.segments()) {
            Label segment = SlideView.label(part.text(), "bar-segment");
            segment.getStyleClass().add(part.tone());
            segment.setWrapText(false);
            bar.add(segment, part.share());
        }
        return bar;
    }
}
