package org.threshold.ui.run.audience;

import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.threshold.ui.run.audience.SlideBlock.Cell;
import org.threshold.ui.run.audience.SlideBlock.Grid;
import org.threshold.ui.run.audience.SlideBlock.GridRow;

/**
 * Draws a "Where we stand" grid: the journey (a column per stage) or the readiness statements (a
 * column per score), the row's words on the left. Drawn as the confidence counts are, with the
 * journey's own stage headings and rows in stand.css.
 */
final class StandGridView extends GridPane {
    static final String CSS = StandGridView.class.getResource("stand.css").toExternalForm();

    StandGridView(Grid grid) {
        getStylesheets().add(CSS);
        boolean journey = grid.kind() == SlideBlock.GridKind.JOURNEY;
        getStyleClass().addAll("confidence-shift", "stand-grid", journey ? "stand-journey" : "stand-readiness");
        SlideView.describe(this, grid.description());
        for (int c = 0; c < grid.columns().size(); c++) {
            Label head = SlideView.label(grid.columns().get(c), journey ? "stand-stage" : "conf-head");
            head.setMinWidth(journey ? Label.USE_COMPUTED_SIZE : Label.USE_PREF_SIZE);
            GridPane.setValignment(head, VPos.BOTTOM);
            add(head, c + 1, 0);
        }
        for (int r = 0; r < grid.rows().size(); r++) {
            GridRow row = grid.rows().get(r);
            Label label = SlideView.label(row.label(), journey ? "stand-agency" : "conf-item");
            if (row.id().equals(StandContent.ROOM_ROW)) {
                label.getStyleClass().add("stand-room");
            }
            if (row.label().startsWith(StandContent.WEAKEST_MARK)) {
                label.getStyleClass().add("stand-weakest");
            }
            GridPane.setValignment(label, VPos.TOP);
            add(label, 0, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                Label shown = SlideView.label(cell.text(), cell.tone().equals("mean") ? "conf-mean" : "conf-count");
                if (!cell.tone().isEmpty() && !cell.tone().equals("mean")) {
                    shown.getStyleClass().add(cell.tone());
                }
                shown.setAccessibleText(cell.description());
                shown.setMaxWidth(Double.MAX_VALUE);
                add(shown, c + 1, r + 1);
            }
        }
    }
}
