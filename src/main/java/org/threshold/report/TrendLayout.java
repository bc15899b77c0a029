package org.threshold.report;

import java.util.ArrayList;
import java.util.List;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Cell;
import org.threshold.report.ReportDocument.Heading;
import org.threshold.report.ReportDocument.Paragraph;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;

/** A partnership over time in a comparison: journey, readiness and actions, as a document and as CSV. */
final class TrendLayout {
    private TrendLayout() {
    }

    static Block trends(ComparisonSummary c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Where the partnership stands, over time"));
        if (c.partnerships().isEmpty()) {
            blocks.add(Paragraph.note("None of these sessions share a partnership. To follow one over time, give each of "
                    + "its workshops the same partnership name in the workshop details."));
            return Section.part(blocks);
        }
        for (PartnershipTrend trend : c.partnerships()) {
            List<String> sessions = trend.sessions().stream().map(i -> "S" + (i + 1)).toList();
            blocks.add(new Heading(3, trend.partnership() + ": " + String.join(", ", sessions)));
            if (!trend.journey().isEmpty()) {
                List<String> headers = new ArrayList<>(List.of("Agency"));
                headers.addAll(sessions);
                headers.add("Moved");
                List<List<Cell>> rows = new ArrayList<>();
                for (PartnershipTrend.JourneyTrend row : trend.journey()) {
                    List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.agency())));
                    row.placedAt().forEach(p -> cells.add(Cell.text(p.isEmpty() ? "\u2013" : p)));
                    cells.add(Cell.strong(row.moved().isEmpty() ? "\u2013" : row.moved()));
                    rows.add(cells);
                }
                blocks.add(Paragraph.of("Where each agency placed the partnership on the information-sharing journey."));
                blocks.add(new Table("Journey placing over time", headers, rows, false));
            }
            if (!trend.statements().isEmpty()) {
                List<String> headers = new ArrayList<>(List.of("Statement"));
                headers.addAll(sessions);
                headers.add("Change");
                List<List<Cell>> rows = new ArrayList<>();
                for (PartnershipTrend.StatementTrend row : trend.statements()) {
                    List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.statement())));
                    row.means().forEach(m -> cells.add(Cell.number(Texts.one(m))));
                    cells.add(new Cell(Texts.change(row.change()), Texts.changeTone(row.change()), null, false, true));
                    rows.add(cells);
                }
                blocks.add(Paragraph.of("The room's average rating of each readiness statement, 1 to 5."));
                blocks.add(new Table("Readiness over time", headers, rows, true));
            }
            if (!trend.actions().isEmpty()) {
                List<List<Cell>> rows = trend.actions().stream().map(a -> List.of(Cell.text(a.agreedIn()),
                        Cell.text(a.action()), Cell.text(a.owner()), Cell.text(a.due().isEmpty() ? "No date" : a.due()),
                        Cell.strong(a.status() + " (" + a.reportedIn() + ")"))).toList();
                blocks.add(Paragraph.of("Each workshop's actions, and what the next workshop reported of them."));
                blocks.add(new Table("Actions carried to the next workshop", List.of("Agreed", "Action", "Owner", "Due",
                        "Reported"), rows, false).widths(8, 44, 16, 14, 18));
            }
        }
        return Section.part(blocks);
    }

    static void csv(ComparisonSummary c, CsvFiles files) throws java.io.IOException {
        List<List<String>> journey = new ArrayList<>();
        List<List<String>> statements = new ArrayList<>();
        List<List<String>> actions = new ArrayList<>();
        for (PartnershipTrend trend : c.partnerships()) {
            for (PartnershipTrend.JourneyTrend row : trend.journey()) {
                for (int s = 0; s < trend.sessions().size(); s++) {
                    journey.add(CsvText.row(trend.partnership(), "s" + (trend.sessions().get(s) + 1), row.agency(),
                            row.placedAt().get(s)));
                }
            }
            for (PartnershipTrend.StatementTrend row : trend.statements()) {
                for (int s = 0; s < trend.sessions().size(); s++) {
                    statements.add(CsvText.row(trend.partnership(), "s" + (trend.sessions().get(s) + 1), row.statement(),
                            row.means().get(s)));
                }
            }
            trend.actions().forEach(a -> actions.add(CsvText.row(trend.partnership(), a.agreedIn().toLowerCase(java.util.Locale.ROOT),
                    a.action(), a.owner(), a.due(), a.reportedIn().toLowerCase(java.util.Locale.ROOT), a.status())));
        }
        files.write("partnership-journey.csv", List.of("partnership", "session", "agency", "placed_at"), journey);
        files.write("partnership-readiness.csv", List.of("partnership", "session", "statement", "mean"), statements);
        files.write("partnership-actions.csv", List.of("partnership", "agreed_in", "action", "owner", "due",
                "reported_in", "status"), actions);
    }

    /** Where {@link #csv} writes each file. */
    interface CsvFiles {
        void write(String name, List<String> header, List<List<String>> rows) throws java.io.IOException;
    }

    static List<List<String>> dictionary() {
        return List.of(
                List.of("partnership-journey.csv", "placed_at", "The journey stage the agency (or 'Everyone shown') placed "
                        + "the partnership at in that session; empty where the agency was not shown"),
                List.of("partnership-readiness.csv", "mean", "The room's mean rating 1-5 of the statement in that session; "
                        + "empty where not rated or too few to show"),
                List.of("partnership-actions.csv", "agreed_in", "The session where the action was agreed"),
                List.of("partnership-actions.csv", "reported_in", "The partnership's next session among those compared"),
                List.of("partnership-actions.csv", "status", "Done, Not done, Dropped (as the facilitator recorded when "
                        + "planning the next workshop) or Not reported"));
    }
}
