package org.threshold.ui.run.audience;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.threshold.workshop.results.AgencyResult;
import org.threshold.workshop.results.DecisionResult;
import org.threshold.workshop.results.OptionColumn;

/**
 * The split by agency at a decision point: a bar per agency, each segment labelled with its
 * option letter and count (colour is never the only carrier), and the majority in words.
 */
final class ResultsChart extends VBox {
    ResultsChart(DecisionResult result) {
        getStyleClass().add("results-chart");
        getChildren().add(legend(result.options()));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("results-grid");
        int row = 0;
        for (AgencyResult agency : result.agencies()) {
            Label name = Slide.label(agency.label(), "results-agency");
            Label majority = Slide.label(majority(result.options(), agency), "results-majority");
            HBox bar = bar(result.options(), agency);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            grid.addRow(row++, name, bar, majority);
        }
        getChildren().add(grid);
        if (result.hiddenAgencies() > 0) {
            getChildren().add(Slide.label(result.hiddenAgencies() + (result.hiddenAgencies() == 1 ? " agency" : " agencies")
                    + " not shown: too few answers to stay anonymous.", "slide-note"));
        }
        if (result.agencies().isEmpty()) {
            getChildren().add(Slide.label("No answers entered yet.", "slide-note"));
        }
    }

    private static HBox legend(List<OptionColumn> options) {
        HBox legend = new HBox();
        legend.getStyleClass().add("results-legend");
        for (int i = 0; i < options.size(); i++) {
            Label key = Slide.label(Slide.letter(i) + "  " + options.get(i).label(), "legend-item");
            key.getStyleClass().add("option-" + (i % 6));
            legend.getChildren().add(key);
        }
        return legend;
    }

    private static HBox bar(List<OptionColumn> options, AgencyResult agency) {
        HBox bar = new HBox();
        bar.getStyleClass().add("results-bar");
        bar.setMinWidth(200);
        for (int i = 0; i < agency.counts().size(); i++) {
            int count = agency.counts().get(i);
            if (count == 0) {
                continue;
            }
            Label segment = Slide.label(Slide.letter(i) + " " + count, "bar-segment");
            segment.getStyleClass().add("option-" + (i % 6));
            segment.setMaxWidth(Double.MAX_VALUE);
            segment.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(segment, Priority.ALWAYS);
            // Width in proportion to the count: the grow priority shares spare space evenly, so set the basis.
            segment.prefWidthProperty().bind(bar.widthProperty().multiply((double) count / Math.max(1, agency.total())));
            bar.getChildren().add(segment);
        }
        return bar;
    }

    private static String majority(List<OptionColumn> options, AgencyResult agency) {
        if (agency.total() == 0) {
            return "";
        }
        int index = 0;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(agency.majorityOption())) {
                index = i;
            }
        }
        String label = options.isEmpty() ? "" : options.get(index).label();
        return (agency.tie() ? "Split; most: " : "Most: ") + label;
    }
}
