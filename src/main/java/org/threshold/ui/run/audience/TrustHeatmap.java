package org.threshold.ui.run.audience;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.threshold.ui.run.audience.SlideBlock.Cell;
import org.threshold.ui.run.audience.SlideBlock.Grid;
import org.threshold.ui.run.audience.SlideBlock.GridRow;
import org.threshold.ui.run.audience.SlideBlock.Legend;

/** The trust grid for the room, under its key: the row agency trusts the column agency this much. */
final class TrustHeatmap extends VBox {
    TrustHeatmap(Grid trust) {
        getStyleClass().add("trust-block");
        SlideView.describe(this, trust.description());
        HBox legend = new HBox();
        legend.getStyleClass().add("trust-legend");
        for (Legend entry : trust.legend()) {
            Label key = SlideView.label(entry.text(), entry.tone().isEmpty() ? "trust-key" : "legend-item");
            if (!entry.tone().isEmpty()) {
                key.getStyleClass().add(entry.tone());
            }
            legend.getChildren().add(key);
        }
        getChildren().addAll(legend, grid(trust));
    }

    private static GridPane grid(Grid trust) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("trust-heatmap");
        Label corner = SlideView.label(trust.corner(), "trust-corner");
        GridPane.setValignment(corner, VPos.BOTTOM);
        GridPane.setHalignment(corner, HPos.RIGHT);
        grid.add(corner, 0, 0);
        for (int c = 0; c < trust.columns().size(); c++) {
            Label head = SlideView.label(trust.columns().get(c), "trust-column");
            GridPane.setValignment(head, VPos.BOTTOM);
            GridPane.setHalignment(head, HPos.CENTER);
            grid.add(head, c + 1, 0);
        }
        for (int r = 0; r < trust.rows().size(); r++) {
            GridRow rater = trust.rows().get(r);
            Label name = SlideView.label(rater.label(), "trust-row");
            SlideView.describe(name, rater.description());
            grid.add(name, 0, r + 1);
            for (int c = 0; c < rater.cells().size(); c++) {
                grid.add(cell(rater.cells().get(c)), c + 1, r + 1);
            }
        }
        return grid;
    }

    private static Label cell(Cell cell) {
        boolean value = cell.tone().startsWith("ramp-");
        Label label = SlideView.label(cell.text(), value ? "trust-cell" : cell.tone());
        if (value) {
            label.getStyleClass().add(cell.tone());
            label.setWrapText(false);
            // A column widens for "3.5 ▲ +0.5" rather than cutting it short.
            label.setMinWidth(Label.USE_PREF_SIZE);
        }
        label.setId(cell.id());
        label.setAccessibleText(cell.description());
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }
}
