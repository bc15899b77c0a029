package org.threshold.ui.run.audience;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.threshold.ui.run.audience.SlideBlock.Cell;
import org.threshold.ui.run.audience.SlideBlock.Grid;
import org.threshold.ui.run.audience.SlideBlock.GridRow;

/** For each agency, what its majority would do at each stage, and the stage at which it would first share. */
final class ThresholdChartView extends GridPane {
    ThresholdChartView(Grid chart) {
        getStyleClass().add("threshold-chart");
        SlideView.describe(this, chart.description());
        add(SlideView.label(chart.corner(), "chart-head"), 0, 0);
        for (int c = 0; c < chart.columns().size(); c++) {
            add(SlideView.label(chart.columns().get(c), "chart-head"), c + 1, 0);
        }
        int row = 1;
        for (GridRow agency : chart.rows()) {
            Label name = SlideView.label(agency.label(), "results-agency");
            SlideView.describe(name, agency.description());
            add(name, 0, row);
            List<Cell> cells = agency.cells();
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                boolean last = c == cells.size() - 1;
                Label label = SlideView.label(cell.text(), last ? "chart-first" : "chart-cell");
                if (!last && !cell.tone().isEmpty()) {
                    label.getStyleClass().add(cell.tone());
                }
                label.setAccessibleText(cell.description());
                // Every cell of a column as wide as the column, so the colours line up as a chart.
                label.setMaxWidth(Double.MAX_VALUE);
                add(label, c + 1, row);
            }
            row++;
        }
    }
}
