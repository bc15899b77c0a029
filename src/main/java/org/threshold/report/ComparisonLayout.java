package org.threshold.report;

import java.util.ArrayList;
import java.util.List;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Cell;
import org.threshold.report.ReportDocument.Heading;
import org.threshold.report.ReportDocument.Paragraph;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;

/** Lays out a comparison across sessions for the same writers as a session summary. */
public final class ComparisonLayout {
    /** The document lists the largest trust changes; the CSV has every pair. */
    static final int TRUST_ROWS = 15;

    private ComparisonLayout() {
    }

    public static ReportDocument layout(ComparisonSummary c) {
        List<Block> blocks = new ArrayList<>();
        List<Block> cover = new ArrayList<>();
        cover.add(new Heading(1, c.title()));
        cover.add(Paragraph.note("Comparison of " + Texts.plural(c.sessions().size(), "session", "sessions")
                + ", produced " + c.generatedOn() + ". Agencies too small to show in a session are left out of it here too."));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < c.sessions().size(); i++) {
            ComparisonSummary.SessionColumn s = c.sessions().get(i);
            rows.add(List.of(Cell.strong("S" + (i + 1)), Cell.text(s.title()), Cell.text(s.dateText()), Cell.text(s.venue()),
                    Cell.number(String.valueOf(s.participants())), Cell.number(String.valueOf(s.agencies()))));
        }
        cover.add(new Table("Sessions compared", List.of("", "Session", "Date", "Venue", "People", "Agencies"), rows, false)
                .widths(5, 35, 20, 24, 8, 8));
        blocks.add(Section.plain(cover));
        blocks.add(trust(c));
        blocks.add(thresholds(c));
        blocks.add(barriers(c));
        blocks.add(TrendLayout.trends(c));
        return new ReportDocument(c.title(), blocks);
    }

    private static List<String> sessionHeaders(ComparisonSummary c) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < c.sessions().size(); i++) {
            headers.add("S" + (i + 1));
        }
        return headers;
    }

    private static Block trust(ComparisonSummary c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Trust change per agency pair"));
        if (c.trust().isEmpty()) {
            blocks.add(Paragraph.note("No session measured trust before and after."));
            return Section.part(blocks);
        }
        blocks.add(Paragraph.of("Change in how far the first agency trusts the second (after minus before, scale 1 to 5), "
                + "largest average changes first" + (c.trust().size() > TRUST_ROWS ? "; the CSV export lists every pair." : ".")));
        List<String> headers = new ArrayList<>(List.of("From", "To"));
        headers.addAll(sessionHeaders(c));
        headers.add("Average");
        List<List<Cell>> rows = new ArrayList<>();
        for (ComparisonSummary.TrustPair pair : c.trust().subList(0, Math.min(TRUST_ROWS, c.trust().size()))) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(pair.from()), Cell.text(pair.to())));
            pair.changes().forEach(change -> row.add(new Cell(Texts.change(change), Texts.changeTone(change), null, false, false)));
            row.add(new Cell(Texts.change(pair.meanChange()), Texts.changeTone(pair.meanChange()), null, false, true));
            rows.add(row);
        }
        blocks.add(new Table("Trust change per agency pair", headers, rows, true));
        return Section.part(blocks);
    }

    private static Block thresholds(ComparisonSummary c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Threshold differences"));
        if (c.thresholds().isEmpty()) {
            blocks.add(Paragraph.note("The sessions share no scenario, so their thresholds cannot be compared."));
            return Section.part(blocks);
        }
        blocks.add(Paragraph.of("The first stage at which each agency's majority would share, in each scenario run in "
                + "more than one session. A dash means the agency was not shown in that session."));
        List<String> headers = new ArrayList<>(List.of("Scenario", "Agency"));
        headers.addAll(sessionHeaders(c));
        headers.add("Same everywhere?");
        List<List<Cell>> rows = new ArrayList<>();
        for (ComparisonSummary.ThresholdDifference d : c.thresholds()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(d.scenario()), Cell.text(d.agency())));
            d.firstShare().forEach(s -> row.add(Cell.text(s.isEmpty() ? "\u2013" : s)));
            row.add(d.differs() ? Cell.toned("Differs", ReportDocument.Tone.SEEK_CONSENT) : Cell.text("Same"));
            rows.add(row);
        }
        blocks.add(new Table("Threshold differences", headers, rows, true));
        return Section.part(blocks);
    }

    private static Block barriers(ComparisonSummary c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Barriers named most often"));
        if (c.barriers().isEmpty()) {
            blocks.add(Paragraph.note("No barriers were recorded in these sessions."));
            return Section.part(blocks);
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ComparisonSummary.Barrier b : c.barriers()) {
            rows.add(List.of(Cell.text(b.text()), Cell.number(String.valueOf(b.mentions())),
                    Cell.number(String.valueOf(b.sessions()))));
        }
        blocks.add(new Table("Barriers named most often", List.of("Barrier", "Mentions", "Sessions"), rows, false)
                .widths(70, 15, 15));
        return Section.part(blocks);
    }
}
