package org.threshold.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Cell;
import org.threshold.report.ReportDocument.Heading;
import org.threshold.report.ReportDocument.Paragraph;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;
import org.threshold.report.StandSummary.JourneyRow;
import org.threshold.report.StandSummary.StatementRow;

/** "Where we stand" in a summary: the journey, the readiness statements, the actions, and the last workshop's. */
final class StandLayout {
    static final String WEAKEST = "\u25BC ";

    private StandLayout() {
    }

    static Block stand(StandSummary stand, boolean notesIncluded) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Where we stand"));
        if (!stand.journey().isEmpty()) {
            blocks.add(Section.together(List.of(new Heading(3, "The information-sharing journey"),
                    Paragraph.of(stand.journeyQuestion() + " People from each agency at each stage; \"placed at\" is "
                            + "the stage half of them had reached."), journey(stand))));
            if (!stand.discussion().isBlank()) {
                blocks.add(Paragraph.of(stand.discussion()));
            }
        }
        if (!stand.statements().isEmpty()) {
            blocks.add(Section.together(List.of(new Heading(3, "Readiness"),
                    Paragraph.of(stand.readinessQuestion() + " People giving each score, from 1 (not in place) to 5 "
                            + "(in place, and we can show it); ? is \"don't know\", which is left out of the average. "
                            + WEAKEST.strip() + " marks the weakest."), readiness(stand))));
        }
        if (!stand.hiddenNote().isBlank()) {
            blocks.add(Paragraph.note(stand.hiddenNote()));
        }
        if (!notesIncluded) {
            blocks.add(Paragraph.note("The actions agreed, and the review of the last workshop's, are free text and were "
                    + "left out of this export."));
        } else {
            actions(blocks, stand);
            reviewed(blocks, stand);
        }
        if (!stand.basedOn().isBlank()) {
            blocks.add(Paragraph.note(stand.basedOn()));
        }
        return Section.part(blocks);
    }

    private static Table journey(StandSummary stand) {
        List<String> headers = new ArrayList<>(List.of("Agency"));
        for (int i = 0; i < stand.stages().size(); i++) {
            headers.add((i + 1) + " " + stand.stages().get(i));
        }
        headers.add("Placed at");
        List<List<Cell>> rows = new ArrayList<>();
        for (JourneyRow row : stand.journey()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(row.total() ? Cell.strong(row.agency()) : Cell.text(row.agency()));
            row.counts().forEach(count -> cells.add(Cell.number(count == 0 ? "\u2013" : String.valueOf(count))));
            cells.add(row.total() ? Cell.strong(row.placedAt()) : Cell.text(row.placedAt()));
            rows.add(cells);
        }
        List<Integer> widths = new ArrayList<>(List.of(20));
        stand.stages().forEach(s -> widths.add(64 / stand.stages().size()));
        widths.add(16);
        return new Table("Where each agency places the partnership", headers, rows, false, widths);
    }

    private static Table readiness(StandSummary stand) {
        List<List<Cell>> rows = new ArrayList<>();
        for (StatementRow row : stand.statements()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(row.weakest() ? Cell.strong(WEAKEST + row.text()) : Cell.text(row.text()));
            row.counts().forEach(count -> cells.add(Cell.number(String.valueOf(count))));
            cells.add(Cell.number(String.valueOf(row.dontKnow())));
            cells.add(row.mean() == null ? Cell.number("\u2013")
                    : Cell.bar(Texts.one(row.mean()), ReportDocument.Tone.NEUTRAL, row.mean() / 5.0));
            rows.add(cells);
        }
        return new Table("Readiness statements", List.of("Statement", "1", "2", "3", "4", "5", "?", "Average"), rows, true)
                .widths(48, 6, 6, 6, 6, 6, 7, 15);
    }

    private static void actions(List<Block> blocks, StandSummary stand) {
        if (stand.actions().isEmpty()) {
            if (!stand.statements().isEmpty()) {
                blocks.add(Paragraph.note("No actions were linked to the statements."));
            }
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < stand.actions().size(); i++) {
            StandSummary.ActionRow action = stand.actions().get(i);
            rows.add(List.of(Cell.number(String.valueOf(i + 1)), Cell.text(action.action()), Cell.text(action.statement()),
                    Cell.text(action.owner().isBlank() ? "Not assigned" : action.owner()),
                    Cell.text(action.due().isBlank() ? "No date" : action.due())));
        }
        blocks.add(Section.together(List.of(new Heading(3, "Actions from the weakest statements"),
                new Table("Actions with owners and dates", List.of("#", "Action", "For the statement", "Owner", "Due"),
                        rows, false).widths(4, 34, 32, 16, 14))));
    }

    private static void reviewed(List<Block> blocks, StandSummary stand) {
        Map<String, List<StandSummary.ReviewRow>> byWorkshop = new LinkedHashMap<>();
        stand.reviewed().forEach(r -> byWorkshop.computeIfAbsent(r.fromWorkshop() + " (" + r.fromDate() + ")",
                k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<StandSummary.ReviewRow>> workshop : byWorkshop.entrySet()) {
            List<List<Cell>> rows = new ArrayList<>();
            Map<String, Integer> tally = new LinkedHashMap<>();
            for (StandSummary.ReviewRow r : workshop.getValue()) {
                rows.add(List.of(Cell.text(r.action()), Cell.text(r.owner()), Cell.text(r.due().isBlank() ? "No date"
                        : r.due()), Cell.strong(r.status())));
                tally.merge(r.status().toLowerCase(java.util.Locale.UK), 1, Integer::sum);
            }
            List<String> counts = tally.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList();
            blocks.add(Section.together(List.of(new Heading(3, "Actions from the last workshop"),
                    Paragraph.of(workshop.getKey() + ": " + Texts.joinAnd(counts) + "."),
                    new Table("What became of the last workshop's actions", List.of("Action", "Owner", "Due", "Reported"),
                            rows, false).widths(50, 18, 16, 16))));
        }
    }

    /** The line for "At a glance": where the room as a whole placed the partnership, and the weakest statement. */
    static List<String> glance(StandSummary stand) {
        List<String> lines = new ArrayList<>();
        stand.journey().stream().filter(JourneyRow::total).findFirst().or(() -> stand.journey().stream().findFirst())
                .filter(r -> !r.placedAt().isBlank())
                .ifPresent(r -> lines.add("The room placed the partnership at \"" + r.placedAt()
                        + "\" on the information-sharing journey."));
        stand.statements().stream().filter(StatementRow::weakest).filter(r -> r.mean() != null)
                .min((a, b) -> Double.compare(a.mean(), b.mean()))
                .ifPresent(r -> lines.add("Weakest readiness statement: \"" + r.text() + "\" (" + Texts.one(r.mean())
                        + " of 5)."));
        return lines;
    }
}
