package org.threshold.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Cell;
import org.threshold.report.ReportDocument.Heading;
import org.threshold.report.ReportDocument.Paragraph;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;
import org.threshold.report.ReportDocument.Tone;
import org.threshold.report.SessionSummary.KnowledgeRow;
import org.threshold.report.SessionSummary.MythRow;
import org.threshold.report.SessionSummary.MythScore;

/**
 * Myth or fact, before and after: each statement in both rounds, then each agency's right
 * answers over all of them, so the summary shows knowledge change beside self-rated confidence.
 */
final class KnowledgeLayout {
    private KnowledgeLayout() {
    }

    static Block myths(List<MythRow> myths, List<KnowledgeRow> knowledge) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Myth or fact, before and after"));
        if (myths.isEmpty()) {
            blocks.add(Paragraph.note("The myth-or-fact round was not run in this session."));
            return Section.part(blocks);
        }
        boolean before = myths.stream().anyMatch(m -> m.before().ran());
        boolean after = myths.stream().anyMatch(m -> m.after().ran());
        blocks.add(Paragraph.of(before && after
                ? "The same statements were put to the room before the day's work and again after it. Each cell is how many "
                        + "got the statement right, of how many answered; the change is in percentage points."
                : "The statements were put to the room " + (after ? "after" : "before") + " the day's work only, so no "
                        + "change can be shown."));
        List<List<Cell>> rows = new ArrayList<>();
        for (MythRow row : myths) {
            rows.add(List.of(Cell.text(row.statement()), Cell.strong(row.isMyth() ? "Myth" : "Fact"), score(row.before()),
                    score(row.after()), change(row.change()), Cell.text(row.explanation())));
        }
        blocks.add(new Table("Myth-or-fact results", List.of("Statement", "Answer", "Before: right", "After: right",
                "Change", "Why"), rows, true).widths(28, 8, 14, 14, 10, 26));
        MeasuresLayout.hiddenNotes(blocks, myths.stream().map(MythRow::hiddenNote).toList());
        if (!knowledge.isEmpty()) {
            blocks.add(agencies(knowledge));
        }
        return Section.plain(blocks);
    }

    private static Block agencies(List<KnowledgeRow> knowledge) {
        List<List<Cell>> rows = new ArrayList<>();
        for (KnowledgeRow row : knowledge) {
            rows.add(List.of(row.combined() ? new Cell(row.agency(), null, null, false, false) : Cell.strong(row.agency()),
                    score(row.before()), score(row.after()), change(row.change())));
        }
        return Section.together(List.of(new Heading(3, "Knowledge by agency"),
                Paragraph.note("Right answers over every statement, per agency: measured knowledge, beside the confidence "
                        + "people rated for themselves. Agencies too small to show alone are combined or left out."),
                new Table("Knowledge by agency", List.of("Agency", "Before: right", "After: right", "Change"), rows, true)
                        .widths(34, 24, 24, 18)));
    }

    private static Cell score(MythScore score) {
        if (!score.ran()) {
            return Cell.number("not run");
        }
        if (score.share() == null) {
            return Cell.number("too few to show");
        }
        return Cell.bar(score.correct() + " of " + score.total() + " (" + Texts.percent(score.share()) + ")"
                + MeasuresLayout.notCounting(score.hiddenAgencies()), Tone.SHARE, score.share());
    }

    /** A change in percentage points, with its sign and arrow so it never rests on colour. */
    static Cell change(Double change) {
        if (change == null) {
            return Cell.number("\u2013");
        }
        long points = Math.round(change * 100);
        String text = points == 0 ? "= 0 points" : (points > 0 ? "\u25B2 +" : "\u25BC \u2212")
                + String.format(Locale.UK, "%d points", Math.abs(points));
        return new Cell(text, points == 0 ? Tone.NEUTRAL : points > 0 ? Tone.UP : Tone.DOWN, null, true, true);
    }
}
