package org.threshold.report;

import java.util.ArrayList;
import java.util.List;
import org.threshold.domain.pack.Stage;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Bullets;
import org.threshold.report.ReportDocument.Cell;
import org.threshold.report.ReportDocument.Heading;
import org.threshold.report.ReportDocument.Paragraph;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;
import org.threshold.report.SessionSummary.NoteLine;

/**
 * The appendix to a summary: every table's reasons at every decision point and every note, in
 * full, in the order they were given. The summary quotes a few; this keeps every word.
 */
public final class AppendixLayout {
    /** The appendix's opening words, by which an earlier appendix is known when it is to be replaced. */
    static final String MARK = "Appendix to the workshop summary of ";

    private AppendixLayout() {
    }

    public static ReportDocument layout(SessionSummary summary) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, summary.cover().title() + ": every reason and note"));
        blocks.add(Paragraph.note(MARK + summary.cover().dateText() + ". Reasons from "
                + "agencies too small to show on their own are left out here as in the summary."));
        for (int i = 0; i < summary.scenarios().size(); i++) {
            SessionSummary.ScenarioSection scenario = summary.scenarios().get(i);
            List<Block> part = new ArrayList<>();
            for (SessionSummary.StageSection stage : scenario.stages()) {
                if (!stage.reasons().isEmpty()) {
                    part.add(new Heading(3, Stage.numbered(stage.number(), stage.title()) + ": "
                            + Texts.plural(stage.reasons().size(), "reason", "reasons")));
                    part.add(new Bullets(stage.reasons().stream().map(ScenarioLayout::reason).toList()));
                }
            }
            if (!scenario.debrief().isEmpty()) {
                part.add(new Heading(3, "Debrief notes"));
                part.add(new Bullets(scenario.debrief().stream().map(NoteLine::text).toList()));
            }
            if (!part.isEmpty()) {
                part.add(0, new Heading(2, "Scenario " + (i + 1) + ": " + scenario.title()));
                blocks.add(Section.plain(part));
            }
        }
        blocks.add(notes(summary.notes()));
        return new ReportDocument(summary.cover().title() + ": appendix", blocks);
    }

    private static Block notes(SessionSummary.Notes notes) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Learning, actions and barriers"));
        list(blocks, "Key learning", notes.keyLearning());
        if (!notes.actions().isEmpty()) {
            blocks.add(new Heading(3, "Actions"));
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < notes.actions().size(); i++) {
                NoteLine action = notes.actions().get(i);
                rows.add(List.of(Cell.number(String.valueOf(i + 1)), Cell.text(action.text()),
                        Cell.text(action.owner().isBlank() ? "Not assigned" : action.owner()), Cell.text(action.where())));
            }
            blocks.add(new Table("Every action", List.of("#", "Action", "Owner", "Agreed at"), rows, false)
                    .widths(5, 55, 20, 20));
        }
        list(blocks, "Barriers to sharing", notes.barriers());
        list(blocks, "Other discussion points", notes.discussion());
        list(blocks, "Parking lot: questions to follow up", notes.parkingLot());
        return Section.plain(blocks);
    }

    private static void list(List<Block> blocks, String heading, List<NoteLine> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Heading(3, heading));
            blocks.add(new Bullets(lines.stream().map(n -> n.where().isBlank() ? n.text() : n.text() + " (" + n.where() + ")")
                    .toList()));
        }
    }
}
