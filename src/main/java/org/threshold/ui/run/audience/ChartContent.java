package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threshold.domain.pack.OptionKind;
import org.threshold.report.Texts;
import org.threshold.ui.run.audience.SlideBlock.BarRow;
import org.threshold.ui.run.audience.SlideBlock.Bars;
import org.threshold.ui.run.audience.SlideBlock.Cell;
import org.threshold.ui.run.audience.SlideBlock.Grid;
import org.threshold.ui.run.audience.SlideBlock.GridKind;
import org.threshold.ui.run.audience.SlideBlock.GridRow;
import org.threshold.ui.run.audience.SlideBlock.Legend;
import org.threshold.ui.run.audience.SlideBlock.Segment;
import org.threshold.workshop.results.AgencyResult;
import org.threshold.workshop.results.DecisionResult;
import org.threshold.workshop.results.MythBreakdown;
import org.threshold.workshop.results.ThresholdRow;

/** The words and colours of the decision, threshold and myth-or-fact charts, from the suppressed results. */
final class ChartContent {
    static final int OPTION_TONES = 6;
    static final String TICK = "\u2713 ";

    private ChartContent() {
    }

    /** The split by agency at a decision point: each segment says its option letter and count. */
    static Bars decision(DecisionResult result, int threshold) {
        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < result.options().size(); i++) {
            legend.add(new Legend(SlideText.letter(i) + "  " + result.options().get(i).label(), tone(i)));
        }
        List<BarRow> rows = new ArrayList<>();
        for (AgencyResult agency : result.agencies()) {
            List<Segment> segments = new ArrayList<>();
            List<String> spoken = new ArrayList<>();
            for (int i = 0; i < agency.counts().size(); i++) {
                int count = agency.counts().get(i);
                if (count > 0) {
                    segments.add(new Segment(SlideText.letter(i) + " " + count, tone(i), (double) count / agency.total()));
                    spoken.add(count + " " + result.options().get(i).label());
                }
            }
            // On screen by letter, which the legend above spells out: option labels can be whole sentences.
            String summary = (agency.tie() ? "Tie: " : "Most: ") + Texts.joinAnd(agency.leaders().stream()
                    .map(id -> SlideText.letter(indexOf(result, id))).toList());
            String said = agency.tie() ? result.majorityWords(agency) : "Most: " + result.majorityWords(agency);
            rows.add(new BarRow("results-bar-" + agency.code(), agency.label(), segments, summary,
                    agency.label() + ": " + String.join(", ", spoken) + ". " + said + "."));
        }
        List<String> notes = new ArrayList<>();
        if (!result.notCounted(threshold).isEmpty()) {
            notes.add(result.notCounted(threshold));
        }
        if (result.agencies().isEmpty()) {
            notes.add("No answers entered yet.");
        }
        String description = "Answers by agency to: " + result.question() + " "
                + String.join(" ", rows.stream().map(BarRow::description).toList()) + " " + String.join(" ", notes);
        return new Bars("", legend, rows, notes, description.strip());
    }

    /** What each agency answered to a statement, the right answer ticked, and the room's total of the rows shown. */
    static Bars myth(MythBreakdown answers, int threshold) {
        String right = answers.isMyth() ? "myth" : "fact";
        String total = "The room: " + answers.correct() + " of " + answers.total() + " said " + right;
        List<BarRow> rows = new ArrayList<>();
        for (MythBreakdown.Row agency : answers.agencies()) {
            List<Segment> segments = new ArrayList<>();
            addSegment(segments, "Myth", agency.saidMyth(), agency.total(), answers.isMyth(), "myth-said-myth");
            addSegment(segments, "Fact", agency.saidFact(), agency.total(), !answers.isMyth(), "myth-said-fact");
            rows.add(new BarRow("myth-bar-" + agency.code(), agency.label(), segments, "", agency.label() + ": " + agency.saidMyth()
                    + " said myth, " + agency.saidFact() + " said fact."));
        }
        List<String> notes = new ArrayList<>();
        if (!answers.notCounted(threshold).isEmpty()) {
            notes.add(answers.notCounted(threshold));
        }
        if (answers.agencies().isEmpty()) {
            notes.add("No answers entered.");
        }
        String description = total + ". " + String.join(" ", rows.stream().map(BarRow::description).toList()) + " "
                + String.join(" ", notes);
        return new Bars(total, List.of(), rows, notes, description.strip());
    }

    private static void addSegment(List<Segment> segments, String word, int count, int total, boolean correct,
                                   String tone) {
        if (count > 0) {
            segments.add(new Segment((correct ? TICK : "") + word + " " + count, tone, (double) count / Math.max(1, total)));
        }
    }

    /**
     * For each agency, what its majority would do at each stage, and the stage at which it would
     * first share; a stage answering someone who asked is marked, as in the summaries.
     */
    static Grid threshold(List<ThresholdRow> chart, List<DecisionResult> results) {
        int stages = results.size();
        List<String> columns = new ArrayList<>();
        for (DecisionResult stage : results) {
            columns.add("Stage " + (stage.stageIndex() + 1) + (stage.requester().isBlank() ? "" : " (reply)"));
        }
        columns.add("Would share from");
        List<GridRow> rows = new ArrayList<>();
        for (ThresholdRow agency : chart) {
            List<Cell> cells = new ArrayList<>();
            List<String> spoken = new ArrayList<>();
            for (int s = 0; s < stages && s < agency.kinds().size(); s++) {
                OptionKind kind = agency.kinds().get(s);
                String word = agency.splitAt(s) ? Texts.SPLIT : kind == null ? "\u2013" : Texts.kind(kind);
                String said = agency.splitAt(s) || kind != null ? word : "not shown";
                String tone = kind == null || agency.splitAt(s) ? "" : "kind-" + kind.code().toLowerCase(Locale.ROOT);
                cells.add(Cell.of(word, tone, "Stage " + (s + 1) + ": " + said));
                spoken.add("stage " + (s + 1) + " " + said);
            }
            String first = agency.neverShared() ? "Did not share" : "Stage " + (agency.firstShareStage() + 1);
            cells.add(Cell.of(first, "first", "Would share from: " + first));
            rows.add(new GridRow("threshold-row-" + agency.code(), agency.label(), cells, agency.label() + ": " + String.join(", ", spoken)
                    + "; " + (agency.neverShared() ? "did not share." : "would share from stage "
                    + (agency.firstShareStage() + 1) + ".")));
        }
        String description = "Threshold chart: each agency's majority answer at each stage. "
                + String.join(" ", rows.stream().map(GridRow::description).toList());
        return new Grid(GridKind.THRESHOLD, "", columns, rows, List.of(), description);
    }

    private static int indexOf(DecisionResult result, String optionId) {
        for (int i = 0; i < result.options().size(); i++) {
            if (result.options().get(i).id().equals(optionId)) {
                return i;
            }
        }
        return 0;
    }

    static String tone(int option) {
        return "option-" + option % OPTION_TONES;
    }
}
