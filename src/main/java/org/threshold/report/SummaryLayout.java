package org.threshold.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Bullets;
import org.threshold.report.ReportDocument.Cell;
import org.threshold.report.ReportDocument.Fact;
import org.threshold.report.ReportDocument.Facts;
import org.threshold.report.ReportDocument.Heading;
import org.threshold.report.ReportDocument.Paragraph;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;
import org.threshold.report.SessionSummary.NoteLine;

/**
 * Lays a session summary out in the order a partnership board reads it: the cover and the
 * day at a glance, the agenda as run, each scenario, where agencies differed, the notes and
 * actions, then the measures of trust, confidence and knowledge.
 */
public final class SummaryLayout {
    private SummaryLayout() {
    }

    /** Notes of each kind a summary quotes; the appendix has the rest. */
    static final int NOTES_PER_KIND = 5;
    static final int ACTIONS = 15;

    /** Every word in one document. */
    public static ReportDocument layout(SessionSummary summary) {
        return layout(summary, ReportDetail.COMPLETE, "");
    }

    /**
     * @param appendix the name of the file holding every reason and note in full, for the summary
     *                 to point to; ignored when complete
     */
    public static ReportDocument layout(SessionSummary summary, ReportDetail detail, String appendix) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(cover(summary, detail, appendix));
        blocks.add(agenda(summary));
        blocks.addAll(ScenarioLayout.scenarios(summary, detail));
        List<Block> after = new ArrayList<>();
        after.add(ScenarioLayout.divergences(summary, detail));
        after.add(notes(summary, detail));
        after.add(MeasuresLayout.trust(summary.trust()));
        after.add(MeasuresLayout.confidence(summary.confidence()));
        after.add(KnowledgeLayout.myths(summary.myths(), summary.knowledge()));
        if (!summary.agencyCards().isEmpty()) {
            after.add(MeasuresLayout.cards(summary.agencyCards()));
        }
        after.add(AnsweringLayout.answering(summary));
        if (!summary.stand().isEmpty()) {
            after.add(StandLayout.stand(summary.stand(), summary.cover().notesIncluded()));
        }
        // In a summary the parts after the scenarios follow on rather than each starting a page: a long day stays short.
        after.forEach(part -> blocks.add(detail == ReportDetail.SUMMARY && part instanceof Section s
                && s.flow() == ReportDocument.Flow.NEW_PAGE ? Section.plain(s.blocks()) : part));
        return new ReportDocument(summary.cover().title(), blocks);
    }

    private static Block cover(SessionSummary summary, ReportDetail detail, String appendix) {
        SessionSummary.Cover cover = summary.cover();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, cover.title()));
        blocks.add(Paragraph.note("Workshop summary"));
        blocks.add(new Facts(List.of(
                new Fact("Date", cover.dateText()),
                new Fact("Venue", cover.venue().isBlank() ? "Not recorded" : cover.venue()),
                new Fact("Facilitators", cover.facilitators().isBlank() ? "Not recorded" : cover.facilitators()),
                new Fact("Participants", Texts.plural(cover.participants(), "practitioner", "practitioners") + " from "
                        + Texts.plural(cover.agencies().size(), "agency", "agencies")),
                new Fact("Scenario content", cover.content()),
                new Fact("Summary produced", cover.generatedOn()))));
        List<List<Cell>> rows = new ArrayList<>();
        for (SessionSummary.AgencyCount agency : cover.agencies()) {
            rows.add(List.of(Cell.text(agency.name()), Cell.number(String.valueOf(agency.headcount()))));
        }
        rows.add(List.of(Cell.strong("Total"), new Cell(String.valueOf(cover.participants()), null, null, true, true)));
        blocks.add(new Table("Agencies in the room", List.of("Agency", "People"), rows, false).widths(75, 25));
        blocks.add(new Heading(3, "At a glance"));
        blocks.add(new Bullets(glance(summary)));
        blocks.add(Paragraph.note("Threshold records no participants' names, only how many people came from each agency. "
                + "Any agency result resting on fewer than " + cover.anonymityThreshold() + " answers is combined into "
                + "\"Other agencies (combined)\" or, if still too small, left out."
                + (cover.notesIncluded() ? "" : " Free-text notes were left out of this export at the facilitator's choice.")));
        if (detail == ReportDetail.SUMMARY && hasFreeText(summary)) {
            blocks.add(Paragraph.note("This summary quotes a few of the reasons and notes at each point, the longest "
                    + "first. Every reason and note is given in full in the appendix, " + appendix + "."));
        }
        return Section.plain(blocks);
    }

    private static List<String> glance(SessionSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.plural(summary.scenarios().size(), "scenario", "scenarios") + " worked through, with "
                + Texts.plural(summary.scenarios().stream().mapToInt(s -> s.stages().size()).sum(),
                "decision point", "decision points") + ".");
        SessionSummary.Trust trust = summary.trust();
        if (trust.meanBefore() != null && trust.meanAfter() != null) {
            lines.add("Average trust between agencies went from " + Texts.one(trust.meanBefore()) + " to "
                    + Texts.one(trust.meanAfter()) + " on a scale of 1 to 5.");
        }
        long rose = summary.confidence().stream().filter(c -> c.shift() != null && c.shift() > 0.05).count();
        long measured = summary.confidence().stream().filter(c -> c.shift() != null).count();
        if (measured > 0) {
            lines.add("Confidence rose on " + rose + " of " + measured + " key questions.");
        }
        knowledgeGlance(summary).ifPresent(lines::add);
        if (!summary.divergences().isEmpty()) {
            SessionSummary.DivergencePoint top = summary.divergences().get(0);
            lines.add("Agencies differed most at " + top.scenario() + ", stage " + top.stage() + " (" + top.stageTitle() + ").");
        }
        lines.addAll(StandLayout.glance(summary.stand()));
        if (summary.cover().notesIncluded()) {
            lines.add(Texts.plural(summary.notes().actions().size(), "action", "actions") + " agreed, and "
                    + Texts.plural(summary.notes().barriers().size(), "barrier", "barriers") + " to sharing named.");
        }
        return lines;
    }

    /** The room's right answers before and after, over the statements both rounds can show. */
    private static Optional<String> knowledgeGlance(SessionSummary summary) {
        int rightBefore = 0;
        int totalBefore = 0;
        int rightAfter = 0;
        int totalAfter = 0;
        for (SessionSummary.MythRow row : summary.myths()) {
            if (row.before().share() != null && row.after().share() != null) {
                rightBefore += row.before().correct();
                totalBefore += row.before().total();
                rightAfter += row.after().correct();
                totalAfter += row.after().total();
            }
        }
        if (totalBefore == 0 || totalAfter == 0) {
            return Optional.empty();
        }
        return Optional.of("Right answers in myth or fact went from " + Texts.percent((double) rightBefore
                / totalBefore) + " before the day's work to " + Texts.percent((double) rightAfter / totalAfter) + " after.");
    }

    private static Block agenda(SessionSummary summary) {
        List<List<Cell>> rows = new ArrayList<>();
        int planned = 0;
        int actual = 0;
        for (int i = 0; i < summary.agenda().size(); i++) {
            SessionSummary.AgendaRow row = summary.agenda().get(i);
            planned += row.plannedMinutes();
            actual += row.actualMinutes() == null ? 0 : row.actualMinutes();
            rows.add(List.of(Cell.number(String.valueOf(i + 1)), Cell.text(row.title()), Cell.text(row.kind()),
                    Cell.text(row.started().isEmpty() ? "Not run" : row.started()), Cell.text(row.ended()),
                    Cell.number(String.valueOf(row.plannedMinutes())),
                    Cell.number(row.actualMinutes() == null ? "\u2013" : String.valueOf(row.actualMinutes()))));
        }
        rows.add(List.of(Cell.text(""), Cell.strong("Total"), Cell.text(""), Cell.text(""), Cell.text(""),
                new Cell(String.valueOf(planned), null, null, true, true), new Cell(String.valueOf(actual), null, null, true, true)));
        return Section.part(List.of(new Heading(2, "The agenda as run"),
                new Table("Agenda with actual times", List.of("#", "Item", "Kind", "Started", "Ended", "Planned (min)",
                        "Actual (min)"), rows, false).widths(4, 36, 20, 10, 10, 10, 10)));
    }

    /** Whether there is any reason or note for an appendix to hold. */
    public static boolean hasFreeText(SessionSummary summary) {
        SessionSummary.Notes n = summary.notes();
        return summary.scenarios().stream().anyMatch(sc -> !sc.debrief().isEmpty()
                || sc.stages().stream().anyMatch(st -> !st.reasons().isEmpty()))
                || !n.keyLearning().isEmpty() || !n.actions().isEmpty() || !n.barriers().isEmpty()
                || !n.discussion().isEmpty() || !n.parkingLot().isEmpty();
    }

    private static Block notes(SessionSummary summary, ReportDetail detail) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Learning, actions and barriers"));
        if (!summary.cover().notesIncluded()) {
            blocks.add(Paragraph.note("Free-text notes were left out of this export."));
            return Section.plain(blocks);
        }
        SessionSummary.Notes notes = summary.notes();
        addList(blocks, "Key learning", notes.keyLearning(), detail);
        blocks.add(new Heading(3, "Actions"));
        if (notes.actions().isEmpty()) {
            blocks.add(Paragraph.note("No actions were recorded."));
        } else {
            List<NoteLine> shown = detail == ReportDetail.COMPLETE ? notes.actions()
                    : Representative.pick(notes.actions(), NoteLine::text, ACTIONS);
            List<List<Cell>> rows = new ArrayList<>();
            for (NoteLine action : shown) {
                String text = detail == ReportDetail.COMPLETE ? action.text() : Representative.clip(action.text());
                rows.add(List.of(Cell.number(String.valueOf(notes.actions().indexOf(action) + 1)), Cell.text(text),
                        Cell.text(action.owner().isBlank() ? "Not assigned" : action.owner())));
            }
            shownOf(blocks, shown.size(), notes.actions().size(), "actions");
            blocks.add(new Table("Actions with owners", List.of("#", "Action", "Owner"), rows, false).widths(5, 65, 30));
        }
        addList(blocks, "Barriers to sharing", notes.barriers(), detail);
        addList(blocks, "Other discussion points", notes.discussion(), detail);
        addList(blocks, "Parking lot: questions to follow up", notes.parkingLot(), detail);
        return Section.plain(blocks);
    }

    private static void addList(List<Block> blocks, String heading, List<NoteLine> lines, ReportDetail detail) {
        if (lines.isEmpty()) {
            return;
        }
        blocks.add(new Heading(3, heading));
        List<String> shown = Representative.lines(lines, NoteLine::text, detail, NOTES_PER_KIND);
        shownOf(blocks, shown.size(), lines.size(), "notes");
        blocks.add(new Bullets(shown));
    }

    private static void shownOf(List<Block> blocks, int shown, int all, String what) {
        if (shown < all) {
            blocks.add(Paragraph.note("The longest " + shown + " of " + all + " " + what + "; every one is in the appendix."));
        }
    }
}
