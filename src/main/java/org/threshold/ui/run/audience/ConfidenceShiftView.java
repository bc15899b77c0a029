package org.threshold.ui.run.audience;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.threshold.domain.MeasurePhase;
import org.threshold.workshop.results.ConfidenceShift;

/**
 * The room's confidence in each statement: how many gave each score from 1 to 5, before and
 * (at follow-up) after, with the average and its change. Counts are always written; a cell's
 * shade grows with the share of the room that gave that score, so the eye sees the mass move.
 */
final class ConfidenceShiftView extends GridPane {
    ConfidenceShiftView(List<ConfidenceShift> shifts, MeasurePhase phase, int threshold) {
        getStyleClass().add("confidence-shift");
        boolean after = phase == MeasurePhase.FOLLOW_UP;
        add(Slide.label("Score", "conf-head"), 1, 0);
        for (int score = 1; score <= 5; score++) {
            add(Slide.label(Integer.toString(score), "conf-head"), score + 1, 0);
        }
        add(Slide.label("Average", "conf-head"), 7, 0);
        if (after) {
            add(Slide.label("Change", "conf-head"), 8, 0);
        }
        int row = 1;
        for (int i = 0; i < shifts.size(); i++) {
            ConfidenceShift shift = shifts.get(i);
            Label text = Slide.label((i + 1) + ". " + shift.text(), "conf-item");
            GridPane.setValignment(text, VPos.TOP);
            add(text, 0, row, 1, after ? 2 : 1);
            counts(row, MeasurePhase.BASELINE, shift.before(), shift.nBefore(), shift.meanBefore(), threshold);
            if (after) {
                counts(row + 1, MeasurePhase.FOLLOW_UP, shift.after(), shift.nAfter(), shift.meanAfter(), threshold);
                Label change = Slide.label(shift.shift() == null ? "" : TrustHeatmap.change(shift.shift()), "conf-change");
                change.setId("conf-change-" + shift.itemId());
                GridPane.setValignment(change, VPos.CENTER);
                add(change, 8, row, 1, 2);
            }
            row += after ? 2 : 1;
        }
    }

    private void counts(int row, MeasurePhase phase, List<Integer> counts, int n, Double mean, int threshold) {
        Label label = Slide.label(phase.label(), "conf-phase");
        add(label, 1, row);
        if (n > 0 && mean == null) {
            Label hidden = Slide.label("Fewer than " + threshold + " answers: not shown", "conf-hidden");
            add(hidden, 2, row, 5, 1);
            return;
        }
        for (int s = 0; s < 5; s++) {
            int count = counts.get(s);
            Label cell = Slide.label(Integer.toString(count), "conf-count");
            if (count > 0) {
                cell.getStyleClass().add("ramp-" + shade((double) count / n));
            }
            cell.setMaxWidth(Double.MAX_VALUE);
            add(cell, s + 2, row);
        }
        add(Slide.label(mean == null ? "\u2013" : TrustHeatmap.mean(mean), "conf-mean"), 7, row);
    }

    /** Five steps of the same ramp as the trust grid: the larger the share of the room, the darker. */
    static int shade(double share) {
        return (int) Math.max(1, Math.min(5, Math.ceil(share * 5)));
    }
}
