package org.threshold.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Stage;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Bullets;
import org.threshold.report.ReportDocument.Cell;
import org.threshold.report.ReportDocument.Heading;
import org.threshold.report.ReportDocument.Paragraph;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;
import org.threshold.report.SessionSummary.AgencyRow;
import org.threshold.report.SessionSummary.ChartRow;
import org.threshold.report.SessionSummary.OptionHeading;
import org.threshold.report.SessionSummary.ScenarioSection;
import org.threshold.report.SessionSummary.StageSection;

/** Each scenario's decisions by agency, its threshold chart, and where agencies differed most. */
final class ScenarioLayout {
    private ScenarioLayout() {
    }

    /** Reasons quoted per answer option in a summary, and how much of each. */
    static final int REASONS_PER_OPTION = 1;
    static final int DEBRIEF_NOTES = 2;

    static List<Block> scenarios(SessionSummary summary, ReportDetail detail) {
        List<Block> parts = new ArrayList<>();
        for (int i = 0; i < summary.scenarios().size(); i++) {
            ScenarioSection scenario = summary.scenarios().get(i);
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Heading(2, "Scenario " + (i + 1) + ": " + scenario.title()));
            if (!scenario.summary().isBlank()) {
                blocks.add(Paragraph.of(scenario.summary()));
            }
            blocks.add(thresholdChart(scenario));
            scenario.stages().forEach(stage -> blocks.add(stage(stage, detail)));
            List<Block> debrief = new ArrayList<>();
            if (!scenario.modelAnswer().isBlank()) {
                debrief.add(new Heading(3, "What appropriate sharing looked like"));
                debrief.add(Paragraph.of(scenario.modelAnswer()));
            }
            if (!scenario.debrief().isEmpty()) {
                debrief.add(new Heading(3, "Debrief notes"));
                debrief.add(new Bullets(Representative.lines(scenario.debrief(), SessionSummary.NoteLine::text,
                        detail, DEBRIEF_NOTES)));
            }
            boolean complete = detail == ReportDetail.COMPLETE;
            if (!debrief.isEmpty()) {
                blocks.add(complete ? Section.together(debrief) : Section.plain(debrief));
            }
            // The first scenario starts a page; in a summary the rest follow on, so a long day stays short.
            parts.add(complete || i == 0 ? Section.part(blocks) : Section.plain(blocks));
        }
        return parts;
    }

    static Block thresholdChart(ScenarioSection scenario) {
        List<String> headers = new ArrayList<>();
        headers.add("Agency");
        List<String> asides = new ArrayList<>();
        for (StageSection stage : scenario.stages()) {
            boolean asked = !stage.requester().isBlank();
            headers.add("Stage " + stage.number() + (asked ? " (reply)" : ""));
            if (asked) {
                asides.add("Stage " + stage.number() + " asks what to tell " + stage.requester() + ", who asked: a share "
                        + "there is a disclosure to them, so it never counts as the stage an agency would first share.");
            }
            if (!stage.decidedBy().isBlank()) {
                asides.add("At stage " + stage.number() + " every agency said what it would want " + stage.decidedBy()
                        + " to do, not what it would do itself.");
            }
        }
        headers.add("First would share");
        List<List<Cell>> rows = new ArrayList<>();
        for (ChartRow row : scenario.thresholdChart()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(row.agency()));
            for (int s = 0; s < row.kinds().size(); s++) {
                OptionKind kind = row.kinds().get(s);
                if (row.splitStages().contains(s + 1)) {
                    cells.add(Cell.text(Texts.SPLIT));
                } else {
                    cells.add(kind == null ? Cell.text("\u2013") : Cell.toned(Texts.kind(kind), Texts.tone(kind)));
                }
            }
            cells.add(Cell.strong(row.firstShareStage() > 0 ? "Stage " + row.firstShareStage() : "Never"));
            rows.add(cells);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(3, "Threshold chart"));
        blocks.add(Paragraph.note("Each agency's majority answer at each stage, and the first stage at which it would "
                + "share. A dash means the agency's answers were too few to show at that stage; \"" + Texts.SPLIT
                + "\" means its answers tied between kinds."
                + (asides.isEmpty() ? "" : " " + String.join(" ", asides))));
        List<Integer> widths = new ArrayList<>();
        widths.add(22);
        int stageWidth = scenario.stages().isEmpty() ? 0 : 64 / scenario.stages().size();
        scenario.stages().forEach(s -> widths.add(stageWidth));
        widths.add(14);
        blocks.add(new Table("Threshold chart: " + scenario.title(), headers, rows, true, widths));
        return Section.together(blocks);
    }

    static Block stage(StageSection stage, ReportDetail detail) {
        List<String> headers = new ArrayList<>();
        headers.add("Agency");
        // Options are sentences: a summary heads their columns with letters, spelled out once above the table.
        boolean lettered = detail == ReportDetail.SUMMARY;
        for (int i = 0; i < stage.options().size(); i++) {
            OptionHeading option = stage.options().get(i);
            headers.add((lettered ? letter(i) : option.label()) + " (" + Texts.kind(option.kind()).toLowerCase(Locale.UK)
                    + ")");
        }
        headers.add("Total");
        headers.add("Majority");
        List<List<Cell>> rows = new ArrayList<>();
        for (AgencyRow row : stage.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(row.combined() ? new Cell(row.agency(), null, null, false, false) : Cell.text(row.agency()));
            for (int i = 0; i < row.counts().size(); i++) {
                int count = row.counts().get(i);
                double share = row.total() == 0 ? 0 : (double) count / row.total();
                cells.add(Cell.bar(String.valueOf(count), Texts.tone(stage.options().get(i).kind()), share));
            }
            cells.add(Cell.number(String.valueOf(row.total())));
            cells.add(Cell.toned(lettered ? letters(row) : row.majority(),
                    Texts.tone(row.majorityKind())));
            rows.add(cells);
        }
        List<Cell> totals = new ArrayList<>();
        totals.add(Cell.strong("All shown"));
        stage.totals().forEach(t -> totals.add(new Cell(String.valueOf(t), null, null, true, true)));
        totals.add(new Cell(String.valueOf(stage.totalAnswers()), null, null, true, true));
        totals.add(Cell.text(""));
        rows.add(totals);

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(3, Stage.numbered(stage.number(), stage.title())));
        blocks.add(Paragraph.of(stage.question()));
        if (!stage.requester().isBlank()) {
            blocks.add(Paragraph.note("The question is what to tell " + stage.requester() + ", who asked."));
        }
        if (!stage.decidedBy().isBlank()) {
            blocks.add(Paragraph.note("Every agency answered what it would want " + stage.decidedBy() + " to do."));
        }
        if (lettered) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < stage.options().size(); i++) {
                key.add(letter(i) + ": " + stage.options().get(i).label() + ".");
            }
            blocks.add(Paragraph.of(String.join("  ", key)));
        }
        List<Integer> widths = new ArrayList<>();
        // Wide enough that agency names and majority answers keep to one line, so a stage's table stays short.
        widths.add(22);
        int optionWidth = stage.options().isEmpty() ? 0 : 52 / stage.options().size();
        stage.options().forEach(o -> widths.add(optionWidth));
        widths.add(7);
        widths.add(19);
        blocks.add(new Table("Answers by agency at stage " + stage.number(), headers, rows, true, widths));
        List<String> notes = new ArrayList<>();
        notes.add("Divergence " + String.format(Locale.UK, "%.2f", stage.divergence())
                + " (0 = every agency's majority answer of the same kind).");
        if (!stage.appropriate().isBlank()) {
            notes.add("The scenario's debrief guidance: " + stage.appropriate() + ".");
        }
        if (!stage.guidanceBases().isEmpty()) {
            notes.add("On what basis, layer by layer: " + String.join("; ", stage.guidanceBases().stream()
                    .map(Object::toString).toList()) + ".");
        }
        if (!stage.hiddenNote().isBlank()) {
            notes.add(stage.hiddenNote());
        }
        blocks.add(Paragraph.note(String.join(" ", notes)));
        // In a summary a stage runs on from the last, its table's heading repeated on a new page, so no page is
        // left half empty; the complete summary keeps each table on one page.
        Block table = lettered ? Section.plain(blocks) : Section.together(blocks);
        if (stage.reasons().isEmpty()) {
            return table;
        }
        List<Block> withReasons = new ArrayList<>(List.of(table));
        List<SessionSummary.Reason> quoted = detail == ReportDetail.COMPLETE ? stage.reasons() : representative(stage);
        if (quoted.size() < stage.reasons().size()) {
            withReasons.add(Paragraph.note("The longest reason for each answer: " + quoted.size() + " of "
                    + stage.reasons().size() + ", all in the appendix."));
        }
        withReasons.add(new Bullets(quoted.stream().map(r -> detail == ReportDetail.COMPLETE ? reason(r)
                : quote(stage, r)).toList()));
        return Section.plain(withReasons);
    }

    /** A few reasons for each answer option, in the order the options are offered. */
    private static List<SessionSummary.Reason> representative(StageSection stage) {
        List<SessionSummary.Reason> quoted = new ArrayList<>();
        List<String> options = new ArrayList<>(stage.options().stream().map(OptionHeading::label).toList());
        stage.reasons().stream().map(SessionSummary.Reason::option).filter(o -> !options.contains(o)).distinct()
                .forEach(options::add);
        for (String option : options) {
            quoted.addAll(Representative.pick(stage.reasons().stream().filter(r -> r.option().equals(option)).toList(),
                    SessionSummary.Reason::rationale, REASONS_PER_OPTION));
        }
        return quoted;
    }

    /** A summary's quote: who, which answer by its letter, and why; the legal answers are in the appendix. */
    static String quote(StageSection stage, SessionSummary.Reason r) {
        return Representative.clip(r.agency() + " (" + lettered(stage, r.option()) + "): " + r.rationale());
    }

    private static String letter(int option) {
        return String.valueOf((char) ('A' + option));
    }

    /** "B" for the second option's label; anything else as it was. */
    private static String lettered(StageSection stage, String option) {
        for (int i = 0; i < stage.options().size(); i++) {
            if (stage.options().get(i).label().equals(option)) {
                return letter(i);
            }
        }
        return option;
    }

    /** "B", or "Tie: A and C" naming every option tied, by letter as the table's columns are headed. */
    private static String letters(AgencyRow row) {
        if (row.leaders().isEmpty() || row.leaders().contains(-1)) {
            return row.majority();
        }
        String letters = Texts.joinAnd(row.leaders().stream().map(ScenarioLayout::letter).toList());
        return row.leaders().size() > 1 ? "Tie: " + letters : letters;
    }

    static String reason(SessionSummary.Reason r) {
        StringBuilder text = new StringBuilder(r.agency()).append(" (").append(r.option());
        if (!r.withWhom().isBlank()) {
            text.append(", with ").append(r.withWhom());
        }
        if (!r.bases().isEmpty()) {
            text.append("; ").append(String.join("; ", r.bases().stream().map(Object::toString).toList()));
        }
        text.append(")");
        if (!r.rationale().isBlank()) {
            text.append(": ").append(r.rationale());
        }
        return text.toString();
    }

    /** The decision points a summary lists where agencies differed; every one is in the CSV data. */
    static final int DIVERGENCES = 8;

    static Block divergences(SessionSummary summary, ReportDetail detail) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Where agencies differed most"));
        blocks.add(Paragraph.note("Divergence is 1 minus the share of agencies whose majority answer was of the most "
                + "common kind (share, withhold, seek advice, seek consent): 0 when all agree."));
        if (summary.divergences().isEmpty()) {
            blocks.add(Paragraph.of("Every agency gave the same kind of answer at every decision point."));
            return Section.part(blocks);
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<SessionSummary.DivergencePoint> listed = detail == ReportDetail.COMPLETE ? summary.divergences()
                : summary.divergences().subList(0, Math.min(DIVERGENCES, summary.divergences().size()));
        if (listed.size() < summary.divergences().size()) {
            blocks.add(Paragraph.note("The " + listed.size() + " points where they differed most, of "
                    + summary.divergences().size() + "."));
        }
        for (SessionSummary.DivergencePoint point : listed) {
            rows.add(List.of(Cell.text(point.scenario()), Cell.text(Stage.numbered(point.stage(), point.stageTitle())),
                    Cell.bar(String.format(Locale.UK, "%.2f", point.divergence()), ReportDocument.Tone.UP,
                            point.divergence()), Cell.text(point.split())));
        }
        blocks.add(new Table("Most divergent decision points", List.of("Scenario", "Stage", "Divergence",
                "Agencies' majority answers"), rows, true).widths(22, 30, 14, 34));
        return Section.part(blocks);
    }
}
