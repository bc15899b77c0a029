package org.threshold.ui.run.audience;

import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.threshold.ui.run.audience.SlideBlock.Cell;
import org.threshold.ui.run.audience.SlideBlock.Grid;
import org.threshold.ui.run.audience.SlideBlock.GridRow;

/**
 * The room's confidence in each statement: a row of counts under the scores 1 to 5 per phase,
 * the average and (at follow-up) its change. The counts are always written; the shade helps.
 */
final class ConfidenceShiftView extends GridPane {
    /** The counts and the average: what a phase too small to show writes its reason across. */
    private static final int FIGURES = 6;

    ConfidenceShiftView(Grid confidence) {
        getStyleClass().add("confidence-shift");
        SlideView.describe(this, confidence.description());
        // The statements take the width the counts leave, so each stays on as few lines as it can.
        ColumnConstraints statements = new ColumnConstraints();
        statements.setHgrow(Priority.ALWAYS);
        getColumnConstraints().add(statements);
        add(SlideView.label(confidence.corner(), "conf-head"), 1, 0);
        for (int c = 0; c < confidence.columns().size(); c++) {
            add(SlideView.label(confidence.columns().get(c), "conf-head"), c + 2, 0);
        }
        int row = 1;
        for (int r = 0; r < confidence.rows().size(); r++) {
            GridRow phase = confidence.rows().get(r);
            if (!phase.label().isEmpty()) {
                // A statement spans its phases' rows: after a check, before and after sit beside it.
                boolean pair = r + 1 < confidence.rows().size() && confidence.rows().get(r + 1).label().isEmpty();
                Label item = SlideView.label(phase.label(), "conf-item");
                item.setMaxWidth(Double.MAX_VALUE);
                GridPane.setValignment(item, VPos.TOP);
                add(item, 0, row, 1, pair ? 2 : 1);
            }
            int column = 1;
            for (Cell cell : phase.cells()) {
                Label label = SlideView.label(cell.text(), style(cell));
                if (cell.tone().startsWith("ramp-")) {
                    label.getStyleClass().add(cell.tone());
                }
                if (!cell.id().isEmpty()) {
                    label.setId(cell.id());
                }
                label.setAccessibleText(cell.description());
                label.setMaxWidth(Double.MAX_VALUE);
                int span = cell.tone().equals("hidden") ? FIGURES : 1;
                add(label, column, row, span, 1);
                column += span;
            }
            row++;
        }
    }

    private static String style(Cell cell) {
        return switch (cell.tone()) {
            case "phase" -> "conf-phase";
            case "hidden" -> "conf-hidden";
            case "mean" -> "conf-mean";
            case "change" -> "conf-change";
            default -> "conf-count";
        };
    }
}
