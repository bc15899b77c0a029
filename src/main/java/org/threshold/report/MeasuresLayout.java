package org.threshold.report;

import java.util.ArrayList;
import java.util.List;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Bullets;
import org.threshold.report.ReportDocument.Cell;
import org.threshold.report.ReportDocument.Heading;
import org.threshold.report.ReportDocument.Paragraph;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;
import org.threshold.report.ReportDocument.Tone;
import org.threshold.report.SessionSummary.ConfidenceRow;
import org.threshold.report.SessionSummary.TrustGap;
import org.threshold.report.SessionSummary.TrustRow;

/** The measured exercises: the trust grid before and after, confidence shifts, agency cards. */
final class MeasuresLayout {
    private static final double SCALE_MAX = 5.0;
    /** The trust grid's mark for "don't know / no contact", the same on the console and in every export. */
    static final String DONT_KNOW_KEY = "?";

    private MeasuresLayout() {
    }

    static Block trust(SessionSummary.Trust trust) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Trust between agencies, before and after"));
        if (trust.cells().isEmpty()) {
            blocks.add(Paragraph.note("The trust grid was not used in this session."));
            return Section.part(blocks);
        }
        blocks.add(Paragraph.of(trust.question() + " Scores from 1 (low) to 5 (high): each row is the agency "
                + "giving the rating, each column the agency rated. Each cell reads before \u2192 after, then the change: "
                + "\u25B2 rose (shaded blue), \u25BC fell (shaded orange), = no change (grey). A line marked " + DONT_KNOW_KEY
                + " counts the people who said they do not know the agency or have had no contact with it, before \u2192 "
                + "after: that is not a score, and no average includes it."));
        if (trust.meanBefore() != null || trust.meanAfter() != null) {
            blocks.add(Paragraph.of("Average across the grid: " + Texts.one(trust.meanBefore()) + " before, "
                    + Texts.one(trust.meanAfter()) + " after."));
        }
        if (trust.dontKnowBefore() + trust.dontKnowAfter() > 0) {
            blocks.add(Paragraph.of("Don't know / no contact: " + Texts.plural(trust.dontKnowBefore(), "person", "people")
                    + " before and " + trust.dontKnowAfter() + " after, counted across the cells shown."));
        }
        List<String> headers = new ArrayList<>();
        headers.add("From \\ to");
        headers.addAll(trust.rated());
        List<List<Cell>> rows = new ArrayList<>();
        for (String from : trust.raters()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.strong(from));
            for (String to : trust.rated()) {
                cells.add(trust.cell(from, to).map(MeasuresLayout::trustCell).orElse(Cell.text("\u2013")));
            }
            rows.add(cells);
        }
        List<Integer> widths = new ArrayList<>();
        widths.add(16);
        trust.rated().forEach(r -> widths.add(84 / trust.rated().size()));
        blocks.add(new Table("Trust grid", headers, rows, true, widths));
        if (!trust.hiddenNote().isBlank()) {
            blocks.add(Paragraph.note(trust.hiddenNote()));
        }
        if (!trust.asymmetries().isEmpty()) {
            List<List<Cell>> gaps = new ArrayList<>();
            for (TrustGap gap : trust.asymmetries()) {
                gaps.add(List.of(Cell.text(gap.a() + " and " + gap.b()), Cell.number(Texts.one(gap.aToB())),
                        Cell.number(Texts.one(gap.bToA())), Cell.number(Texts.one(Math.abs(gap.aToB() - gap.bToA()))),
                        Cell.text(gap.phase())));
            }
            blocks.add(Section.together(List.of(new Heading(3, "Largest differences in how pairs see each other"),
                    new Table("Trust asymmetries", List.of("Pair (A and B)", "A trusts B", "B trusts A", "Gap", "When"),
                            gaps, false).widths(40, 15, 15, 15, 15))));
        }
        if (!trust.comments().isEmpty()) {
            blocks.add(new Heading(3, "What would raise trust"));
            blocks.add(new Bullets(trust.comments().stream().map(c -> c.from() + " about " + c.to() + " ("
                    + c.phase().toLowerCase(java.util.Locale.UK) + "): " + c.text()).toList()));
        }
        return Section.part(blocks);
    }

    private static Cell trustCell(TrustRow row) {
        // No-break spaces keep "3.0 → 4.0" on one line in the narrow columns of a grid of eight agencies.
        String text = Texts.one(row.before()) + "\u202f\u2192\u202f" + Texts.one(row.after()) + "\n"
                + Texts.change(row.change()).replace(' ', '\u00a0');
        if (row.dontKnowBefore() + row.dontKnowAfter() > 0) {
            text += "\n" + DONT_KNOW_KEY + "\u00a0" + row.dontKnowBefore() + "\u202f\u2192\u202f" + row.dontKnowAfter();
        }
        return new Cell(text, Texts.changeTone(row.change()), null, false, false);
    }

    static Block confidence(List<ConfidenceRow> confidence) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Confidence, before and after"));
        if (confidence.isEmpty()) {
            blocks.add(Paragraph.note("Confidence was not measured in this session."));
            return Section.part(blocks);
        }
        blocks.add(Paragraph.of("How confident the room felt on each key question, from 1 (not at all) to 5 (very). "
                + "Means of everyone who answered in the agencies shown; the counts show how many gave each score, "
                + "1 to 5."));
        List<List<Cell>> rows = new ArrayList<>();
        for (ConfidenceRow row : confidence) {
            rows.add(List.of(Cell.text(row.item()),
                    meanCell(row.meanBefore(), Tone.NEUTRAL), meanCell(row.meanAfter(), Tone.UP),
                    new Cell(Texts.change(row.shift()), Texts.changeTone(row.shift()), null, true, true),
                    Cell.text(distribution(row.before(), row.nBefore(), row.meanBefore()) + "\n"
                            + distribution(row.after(), row.nAfter(), row.meanAfter()) + notCounting(row.hiddenAgencies()))));
        }
        blocks.add(new Table("Confidence shifts", List.of("Key question", "Before", "After", "Shift",
                "People per score 1-5 (before, then after)"), rows, true).widths(36, 13, 13, 10, 28));
        if (confidence.stream().anyMatch(ConfidenceRow::suppressed)) {
            blocks.add(Paragraph.note("A dash means no agency that answered was large enough to show."));
        }
        hiddenNotes(blocks, confidence.stream().map(ConfidenceRow::hiddenNote).toList());
        return Section.part(blocks);
    }

    private static Cell meanCell(Double mean, Tone tone) {
        return mean == null ? Cell.number("\u2013") : Cell.bar(Texts.one(mean), tone, mean / SCALE_MAX);
    }

    private static String distribution(List<Integer> counts, int n, Double mean) {
        if (mean == null) {
            return n == 0 ? "not asked" : "too few to show";
        }
        return String.join(" \u00b7 ", counts.stream().map(String::valueOf).toList()) + " (n=" + n + ")";
    }

    static Block cards(List<SessionSummary.CardRow> cards) {
        List<List<Cell>> rows = cards.stream().map(c -> List.of(Cell.strong(c.agency()), Cell.text(c.canShare()),
                Cell.text(c.cannotShare()), Cell.text(c.reachUs()))).toList();
        return Section.plain(List.of(new Heading(2, "What each agency needs the others to know"),
                new Table("Agency cards", List.of("Agency", "What we can share", "What we cannot share, and why",
                        "How to reach us"), rows, false).widths(16, 28, 28, 28)));
    }

    /** A figure that leaves agencies out says so in its own cell; the note below says why. */
    static String notCounting(int hiddenAgencies) {
        return hiddenAgencies == 0 ? "" : "\nnot counting " + Texts.plural(hiddenAgencies, "agency", "agencies");
    }

    static void hiddenNotes(List<Block> blocks, List<String> notes) {
        notes.stream().filter(n -> !n.isBlank()).distinct().forEach(n -> blocks.add(Paragraph.note(n)));
    }
}
