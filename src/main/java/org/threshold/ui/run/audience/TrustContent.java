package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.pack.TrustGridSettings;
import org.threshold.ui.run.audience.SlideBlock.Cell;
import org.threshold.ui.run.audience.SlideBlock.Grid;
import org.threshold.ui.run.audience.SlideBlock.GridKind;
import org.threshold.ui.run.audience.SlideBlock.GridRow;
import org.threshold.ui.run.audience.SlideBlock.Legend;
import org.threshold.workshop.results.Asymmetry;
import org.threshold.workshop.results.ConfidenceShift;
import org.threshold.workshop.results.TrustCell;
import org.threshold.workshop.results.TrustResults;

/**
 * The trust grid and the confidence counts as the room reads them: every cell carries its number
 * (and at follow-up its change, with an arrow and a sign); the shade, one blue ramp from light to
 * dark that reads the same to every kind of colour vision, only helps the eye.
 */
final class TrustContent {
    static final String UP = "\u25b2";
    static final String DOWN = "\u25bc";
    /** The grid's mark for "don't know / no contact", as on the console and in the summaries. */
    static final String DONT_KNOW = "?";

    private TrustContent() {
    }

    static String average(TrustResults results, MeasurePhase phase) {
        if (phase == MeasurePhase.BASELINE || results.meanBaseline() == null || results.meanFollowUp() == null) {
            Double mean = phase == MeasurePhase.BASELINE ? results.meanBaseline() : results.meanFollowUp();
            return mean == null ? "" : "Average trust: " + mean(mean);
        }
        return "Average trust: " + mean(results.meanBaseline()) + " at the start, " + mean(results.meanFollowUp())
                + " now (" + change(results.meanFollowUp() - results.meanBaseline()) + ")";
    }

    /** The row agency trusts the column agency this much. */
    static Grid heatmap(TrustResults results, MeasurePhase phase, TrustGridSettings settings) {
        List<String> columns = results.rated().stream().map(TrustResults.AgencyLabel::label).toList();
        List<GridRow> rows = new ArrayList<>();
        for (TrustResults.AgencyLabel rater : results.raters()) {
            List<Cell> cells = new ArrayList<>();
            List<String> spoken = new ArrayList<>();
            for (TrustResults.AgencyLabel rated : results.rated()) {
                String id = "trust-cell-" + rater.code() + "-" + rated.code();
                if (rater.code().equals(rated.code())) {
                    cells.add(new Cell(id, "\u2014", "trust-self", rated.label() + ": itself"));
                    continue;
                }
                Double shown = results.cell(rater.code(), rated.code())
                        .map(t -> phase == MeasurePhase.FOLLOW_UP ? t.followUp() : t.baseline()).orElse(null);
                int dontKnow = results.cell(rater.code(), rated.code())
                        .map(t -> phase == MeasurePhase.FOLLOW_UP ? t.followUpDontKnow() : t.baselineDontKnow()).orElse(0);
                if (shown == null) {
                    // Everyone who answered said they do not know the agency: that is no score, and says so.
                    cells.add(dontKnow > 0 ? new Cell(id, DONT_KNOW, "trust-empty", rated.label() + ": don't know")
                            : new Cell(id, "", "trust-empty", rated.label() + ": not shown"));
                    if (dontKnow > 0) {
                        spoken.add(rated.label() + ", don't know");
                    }
                    continue;
                }
                TrustCell cell = results.cell(rater.code(), rated.code()).orElseThrow();
                String text = number(shown);
                String said = rated.label() + " " + number(shown);
                if (phase == MeasurePhase.FOLLOW_UP) {
                    text += cell.change() == null ? " new" : " " + change(cell.change());
                    said += cell.change() == null ? ", new" : ", " + spokenChange(cell.change());
                }
                cells.add(new Cell(id, text, "ramp-" + shade(shown), said));
                spoken.add(said);
            }
            rows.add(new GridRow("", rater.label(), cells, rater.label() + " trusts " + (spoken.isEmpty() ? "no one shown"
                    : String.join("; ", spoken)) + "."));
        }
        List<Legend> legend = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            String words = score == 1 ? " " + settings.lowLabel() : score == 5 ? " " + settings.highLabel() : "";
            legend.add(new Legend(score + words, "ramp-" + score));
        }
        if (phase == MeasurePhase.FOLLOW_UP) {
            legend.add(new Legend(UP + " up  " + DOWN + " down  since the start", ""));
        }
        if (results.dontKnow(phase) > 0) {
            legend.add(new Legend(DONT_KNOW + " don't know / no contact", ""));
        }
        String description = "Trust grid, from " + settings.scaleMin() + " (" + settings.lowLabel() + ") to "
                + settings.scaleMax() + " (" + settings.highLabel() + "): each row is the agency trusting. "
                + String.join(" ", rows.stream().map(GridRow::description).toList());
        return new Grid(GridKind.TRUST, "Trusts \u2192", columns, rows, legend, description);
    }

    /** "• Police trusts Housing 4; Housing trusts Police only 2." The higher side first. */
    static String gap(Asymmetry a) {
        boolean aHigher = a.aToB() >= a.bToA();
        String high = aHigher ? a.aLabel() : a.bLabel();
        String low = aHigher ? a.bLabel() : a.aLabel();
        return high + " trusts " + low + " " + number(Math.max(a.aToB(), a.bToA())) + "; "
                + low + " trusts " + high + " only " + number(Math.min(a.aToB(), a.bToA())) + ".";
    }

    /**
     * How many gave each score from 1 to 5, at the start or (at follow-up) at the end with the
     * average's change since the start; a cell's shade grows with the share of the room that gave that score.
     */
    static Grid confidence(List<ConfidenceShift> shifts, MeasurePhase phase, int threshold) {
        boolean after = phase == MeasurePhase.FOLLOW_UP;
        List<String> columns = new ArrayList<>(List.of("1", "2", "3", "4", "5", "Average"));
        if (after) {
            columns.add("Change");
        }
        List<GridRow> rows = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            ConfidenceShift shift = shifts.get(i);
            String item = (i + 1) + ". " + shift.text();
            if (after) {
                // One row a statement: today's counts and the change. The start's counts were shown at the
                // start, and two rows for each of a dozen statements ran off the foot of the screen.
                Cell change = new Cell("conf-change-" + shift.itemId(), shift.shift() == null ? "" : change(shift.shift()),
                        "change", "change " + (shift.shift() == null ? "not known" : spokenChange(shift.shift())
                        + " from " + mean(shift.meanBefore())));
                rows.add(phaseRow(item, item, MeasurePhase.FOLLOW_UP, shift.after(), shift.nAfter(), shift.meanAfter(),
                        shift.hiddenAfter(), threshold, change));
            } else {
                rows.add(phaseRow(item, item, MeasurePhase.BASELINE, shift.before(), shift.nBefore(), shift.meanBefore(),
                        shift.hiddenBefore(), threshold, null));
            }
        }
        String description = "Confidence, how many gave each score from 1 (not confident) to 5 (very confident). "
                + String.join(" ", rows.stream().map(GridRow::description).toList());
        return new Grid(GridKind.CONFIDENCE, "Score", columns, rows, List.of(), description);
    }

    /**
     * One phase of one statement: the statement is written on its first row only.
     *
     * @param change the change column's cell, or null when the grid has no change column
     */
    private static GridRow phaseRow(String label, String item, MeasurePhase phase, List<Integer> counts, int n,
                                    Double mean, int hidden, int threshold, Cell change) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(phase.label(), "phase", phase.label()));
        String spoken;
        if (mean == null && hidden > 0) {
            String words = "No agency large enough to show: fewer than " + threshold + " people";
            cells.add(Cell.of(words, "hidden", words));
            spoken = words;
        } else {
            List<String> said = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                int count = counts.get(s);
                String tone = count > 0 ? "ramp-" + shareShade((double) count / Math.max(1, n)) : "";
                cells.add(Cell.of(Integer.toString(count), tone, count + " gave " + (s + 1)));
                said.add(count + " gave " + (s + 1));
            }
            cells.add(Cell.of(mean == null ? "\u2013" : mean(mean), "mean", "average " + (mean == null ? "none" : mean(mean))));
            spoken = String.join(", ", said) + ", average " + (mean == null ? "none" : mean(mean));
        }
        if (change != null) {
            cells.add(change);
            spoken += change.description().isEmpty() ? "" : ", " + change.description();
        }
        return new GridRow("", label, cells, item + ", " + phase.label().toLowerCase(Locale.ROOT) + ": " + spoken + ".");
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

    /** The change as a screen reader should say it: "up 1", "down 0.5", "no change". */
    static String spokenChange(double delta) {
        String size = number(Math.abs(delta));
        return size.equals("0") ? "no change" : (delta > 0 ? "up " : "down ") + size;
    }

    static int shade(double score) {
        return (int) Math.max(1, Math.min(5, Math.round(score)));
    }

    /** Five steps of the same ramp as the trust grid: the larger the share of the room, the darker. */
    static int shareShade(double share) {
        return (int) Math.max(1, Math.min(5, Math.ceil(share * 5)));
    }
}
