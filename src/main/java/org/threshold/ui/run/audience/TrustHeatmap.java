package org.threshold.ui.run.audience;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.threshold.domain.MeasurePhase;
import org.threshold.workshop.results.TrustCell;
import org.threshold.workshop.results.TrustResults;

/**
 * The trust grid for the room: the row agency trusts the column agency this much. Every cell
 * carries its number (and at follow-up its change, with an arrow and a sign); the shade, one
 * blue ramp from light to dark that reads the same to every kind of colour vision, only helps.
 */
final class TrustHeatmap extends GridPane {
    static final String UP = "\u25b2";
    static final String DOWN = "\u25bc";

    TrustHeatmap(TrustResults results, MeasurePhase phase) {
        getStyleClass().add("trust-heatmap");
        Label corner = Slide.label("Trusts \u2192", "trust-corner");
        GridPane.setValignment(corner, VPos.BOTTOM);
        GridPane.setHalignment(corner, HPos.RIGHT);
        add(corner, 0, 0);
        for (int c = 0; c < results.rated().size(); c++) {
            Label head = Slide.label(results.rated().get(c).label(), "trust-column");
            GridPane.setValignment(head, VPos.BOTTOM);
            GridPane.setHalignment(head, HPos.CENTER);
            add(head, c + 1, 0);
        }
        for (int r = 0; r < results.raters().size(); r++) {
            TrustResults.AgencyLabel rater = results.raters().get(r);
            add(Slide.label(rater.label(), "trust-row"), 0, r + 1);
            for (int c = 0; c < results.rated().size(); c++) {
                TrustResults.AgencyLabel rated = results.rated().get(c);
                Label cell = rater.code().equals(rated.code()) ? Slide.label("\u2014", "trust-self")
                        : results.cell(rater.code(), rated.code()).map(t -> cell(t, phase))
                        .orElseGet(() -> Slide.label("", "trust-empty"));
                cell.setId("trust-cell-" + rater.code() + "-" + rated.code());
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMaxHeight(Double.MAX_VALUE);
                add(cell, c + 1, r + 1);
            }
        }
    }

    private static Label cell(TrustCell cell, MeasurePhase phase) {
        Double shown = phase == MeasurePhase.FOLLOW_UP ? cell.followUp() : cell.baseline();
        if (shown == null) {
            return Slide.label("", "trust-empty");
        }
        String text = number(shown);
        if (phase == MeasurePhase.FOLLOW_UP) {
            text += cell.change() == null ? " new" : " " + change(cell.change());
        }
        Label label = Slide.label(text, "trust-cell");
        label.getStyleClass().add("ramp-" + shade(shown));
        label.setWrapText(false);
        // A column widens for "3.5 ▲ +0.5" rather than cutting it short.
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** Whole numbers as they are, a combined mean to one decimal place. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** An average, always to one decimal place, so a column of them lines up. */
    static String mean(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** "▲ +1", "▼ −0.5", or "± 0": an arrow and a sign, so neither colour nor shape alone says which way. */
    static String change(double delta) {
        String size = number(Math.abs(delta));
        if (size.equals("0")) {
            return "\u00b1 0";
        }
        return delta > 0 ? UP + " +" + size : DOWN + " \u2212" + size;
    }

    static int shade(double score) {
        return (int) Math.max(1, Math.min(5, Math.round(score)));
    }
}
