package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.List;
import org.threshold.ui.run.audience.SlideBlock.Cell;
import org.threshold.ui.run.audience.SlideBlock.Grid;
import org.threshold.ui.run.audience.SlideBlock.GridKind;
import org.threshold.ui.run.audience.SlideBlock.GridRow;
import org.threshold.workshop.stand.JourneySpread;
import org.threshold.workshop.stand.StatementResult;

/**
 * "Where we stand" as the slide the room sees, from {@link StandSlideModel}: the stages or the
 * statements until the reveal, then a row per agency on the journey and a row per statement.
 * Counts are always written; a cell's shade grows with its share, and never carries meaning alone.
 */
final class StandContent {
    static final String WEAKEST_MARK = "\u25BC ";
    /** The row that adds up the agencies shown; the view sets it apart. */
    static final String ROOM_ROW = "stand-room";
    static final String DONT_KNOW = "stand-unknown";

    private StandContent() {
    }

    static AudienceSlide slide(StandSlideModel model) {
        SlideText slide = new SlideText(model.kicker(), model.heading());
        if (!model.prompts().isEmpty()) {
            slide.body(String.join("\n", model.prompts()));
        }
        if (model.journey() != null) {
            slide.add(journey(model.journey()));
        }
        if (!model.discussion().isBlank()) {
            slide.question(model.discussion());
        }
        if (!model.statements().isEmpty()) {
            slide.add(readiness(model.statements(), model.weakest()));
            slide.note(WEAKEST_MARK + "the weakest: where to act first. ? = don't know, not in the average.");
        } else if (!model.weakest().isEmpty()) {
            slide.question("The weakest statements").body(String.join("\n",
                    model.weakest().stream().map(w -> WEAKEST_MARK + w).toList()));
        }
        if (!model.actions().isEmpty()) {
            slide.question("Agreed so far").body(SlideText.bullets(model.actions()));
        }
        model.notes().forEach(slide::note);
        return slide.slide();
    }

    /** A row per agency, a column per stage: how many of the agency's people put the partnership there. */
    static Grid journey(JourneySpread spread) {
        List<String> columns = new ArrayList<>();
        for (int s = 0; s < spread.stages().size(); s++) {
            columns.add((s + 1) + " " + spread.stages().get(s));
        }
        List<GridRow> rows = new ArrayList<>();
        for (JourneySpread.Row agency : spread.rows()) {
            rows.add(journeyRow("", agency.label(), agency.counts(), agency.stage(), spread));
        }
        if (spread.rows().size() > 1) {
            rows.add(journeyRow(ROOM_ROW, "Everyone shown", spread.room(), spread.roomStage(), spread));
        }
        String description = "Where each agency places the partnership on the information-sharing journey. "
                + String.join(" ", rows.stream().map(GridRow::description).toList());
        return new Grid(GridKind.JOURNEY, "", columns, rows, List.of(), description);
    }

    private static GridRow journeyRow(String id, String label, List<Integer> counts, int placed, JourneySpread spread) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        List<Cell> cells = new ArrayList<>();
        for (int s = 0; s < counts.size(); s++) {
            int count = counts.get(s);
            cells.add(Cell.of(count == 0 ? "" : (s == placed ? "\u25CF " : "") + count, count == 0 ? ""
                    : "ramp-" + TrustContent.shareShade((double) count / total), count + (count == 1 ? " person" : " people")
                    + " at stage " + (s + 1) + (s == placed ? ", where this row places us" : "")));
        }
        return new GridRow(id, label, cells, label + ": " + (placed < 0 ? "no answers" : "placed at "
                + spread.stages().get(placed)) + ".");
    }

    /** A row per statement: people per score 1 to 5, don't know, and the average; the weakest marked in words. */
    static Grid readiness(List<StatementResult> statements, List<String> weakest) {
        List<GridRow> rows = new ArrayList<>();
        for (StatementResult statement : statements) {
            String label = (weakest.contains(statement.text()) ? WEAKEST_MARK : "") + statement.text();
            List<Cell> cells = new ArrayList<>();
            int people = Math.max(1, statement.people());
            List<String> said = new ArrayList<>();
            for (int score = 1; score <= 5; score++) {
                int count = statement.counts().get(score - 1);
                cells.add(Cell.of(Integer.toString(count), count == 0 ? ""
                        : "ramp-" + TrustContent.shareShade((double) count / people), count + " gave " + score));
                said.add(count + " gave " + score);
            }
            cells.add(Cell.of(Integer.toString(statement.dontKnow()), statement.dontKnow() == 0 ? "" : DONT_KNOW,
                    statement.dontKnow() + " did not know"));
            String mean = statement.mean() == null ? "\u2013" : TrustContent.mean(statement.mean());
            cells.add(Cell.of(mean, "mean", "average " + mean));
            rows.add(new GridRow("", label, cells, label + ": " + String.join(", ", said) + ", "
                    + statement.dontKnow() + " did not know, average " + mean + "."));
        }
        String description = "How ready the room says the partnership is, people per score from 1 (not in place) to 5 "
                + "(in place, and we can show it). " + String.join(" ", rows.stream().map(GridRow::description).toList());
        return new Grid(GridKind.READINESS, "", List.of("1", "2", "3", "4", "5", "?", "Average"), rows, List.of(),
                description);
    }
}
