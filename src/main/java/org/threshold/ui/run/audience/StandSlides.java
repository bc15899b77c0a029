package org.threshold.ui.run.audience;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.threshold.workshop.stand.JourneySpread;
import org.threshold.workshop.stand.StatementResult;

/**
 * "Where we stand" on the projector, drawn from {@link StandSlideModel}: the stages or statements
 * until the reveal, then where each agency places the partnership and how the room rated each
 * statement. Counts are always written; a cell's shade grows with its share, never alone.
 */
public final class StandSlides {
    static final String CSS = StandSlides.class.getResource("stand.css").toExternalForm();
    static final String WEAKEST_MARK = "\u25BC ";

    private StandSlides() {
    }

    static Slide slide(StandSlideModel model) {
        Slide slide = new Slide(model.kicker(), model.heading());
        slide.getStylesheets().add(CSS);
        if (!model.prompts().isEmpty()) {
            slide.body(String.join("\n", model.prompts()));
        }
        if (model.journey() != null) {
            slide.add(journey(model.journey()));
        }
        if (!model.discussion().isBlank()) {
            slide.add(Slide.label(model.discussion(), "slide-question"));
        }
        if (!model.statements().isEmpty()) {
            slide.add(readiness(model.statements(), model.weakest()));
        }
        if (!model.weakest().isEmpty() && model.statements().isEmpty()) {
            slide.add(Slide.label("The weakest statements", "slide-question"));
            slide.body(model.weakest().stream().map(w -> WEAKEST_MARK + w).collect(Collectors.joining("\n")));
        }
        if (!model.actions().isEmpty()) {
            slide.add(Slide.label("Agreed so far", "slide-question"));
            slide.add(Slide.label(model.actions().stream().map(a -> "\u2022 " + a).collect(Collectors.joining("\n")),
                    "stand-actions"));
        }
        model.notes().forEach(slide::muted);
        return slide;
    }

    /** A row per agency, a column per stage: how many of the agency's people put the partnership there. */
    static GridPane journey(JourneySpread spread) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("stand-journey");
        for (int s = 0; s < spread.stages().size(); s++) {
            Label head = Slide.label((s + 1) + " " + spread.stages().get(s), "stand-stage");
            GridPane.setValignment(head, VPos.BOTTOM);
            grid.add(head, s + 1, 0);
        }
        int row = 1;
        for (JourneySpread.Row agency : spread.rows()) {
            grid.add(Slide.label(agency.label(), "stand-agency"), 0, row);
            cells(grid, row++, agency.counts(), agency.stage());
        }
        if (spread.rows().size() > 1) {
            Label room = Slide.label("Everyone shown", "stand-agency");
            room.getStyleClass().add("stand-room");
            grid.add(room, 0, row);
            cells(grid, row, spread.room(), spread.roomStage());
        }
        return grid;
    }

    private static void cells(GridPane grid, int row, List<Integer> counts, int placed) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        for (int s = 0; s < counts.size(); s++) {
            int count = counts.get(s);
            Label cell = Slide.label(count == 0 ? "" : (s == placed ? "\u25CF " : "") + count, "conf-count");
            if (count > 0) {
                cell.getStyleClass().add("ramp-" + ConfidenceShiftView.shade((double) count / total));
            }
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setAccessibleText(count + (count == 1 ? " person" : " people") + " at stage " + (s + 1)
                    + (s == placed ? ", where this row places us" : ""));
            grid.add(cell, s + 1, row);
        }
    }

    /** A row per statement: people per score 1 to 5, don't know, and the average; the weakest marked. */
    static GridPane readiness(List<StatementResult> statements, List<String> weakest) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("confidence-shift", "stand-readiness");
        for (int score = 1; score <= 5; score++) {
            grid.add(Slide.label(Integer.toString(score), "conf-head"), score, 0);
        }
        grid.add(Slide.label("?", "conf-head"), 6, 0);
        Label average = Slide.label("Average", "conf-head");
        average.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(average, 7, 0);
        int row = 1;
        for (StatementResult statement : statements) {
            boolean weak = weakest.contains(statement.text());
            Label text = Slide.label((weak ? WEAKEST_MARK : "") + statement.text(), "conf-item");
            if (weak) {
                text.getStyleClass().add("stand-weakest");
            }
            GridPane.setValignment(text, VPos.TOP);
            grid.add(text, 0, row);
            int people = statement.people();
            for (int score = 1; score <= 6; score++) {
                int count = score == 6 ? statement.dontKnow() : statement.counts().get(score - 1);
                Label cell = Slide.label(Integer.toString(count), "conf-count");
                if (count > 0) {
                    cell.getStyleClass().add(score == 6 ? "stand-unknown"
                            : "ramp-" + ConfidenceShiftView.shade((double) count / people));
                }
                cell.setMaxWidth(Double.MAX_VALUE);
                grid.add(cell, score, row);
            }
            grid.add(Slide.label(statement.mean() == null ? "\u2013" : TrustHeatmap.mean(statement.mean()), "conf-mean"),
                    7, row);
            row++;
        }
        Label key = Slide.label(WEAKEST_MARK + "the weakest: where to act first. ? = don't know, not in the average.",
                "stand-key");
        grid.add(key, 0, row, 8, 1);
        return grid;
    }
}
