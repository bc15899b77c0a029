package org.threshold.ui.run.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.workshop.results.DecisionAnalysis;
import org.threshold.workshop.results.DecisionResult;
import org.threshold.workshop.results.MeasureAnalysis;
import org.threshold.workshop.results.MythBreakdown;
import org.threshold.workshop.results.Suppression;
import org.threshold.workshop.results.TestPack;
import org.threshold.workshop.results.ThresholdChart;
import org.threshold.workshop.results.TrustAnalysis;

/**
 * What a screen reader says for each chart on the audience display: the chart as a whole in one
 * text, and each bar, row and cell in words, never by colour. Also the one word per kind of
 * answer, and ties named in full.
 */
class AudienceAccessibilityTest {
    static final List<SessionAgency> ROOM = List.of(new SessionAgency("police", "Police", 5, 1),
            new SessionAgency("health", "Health / NHS", 6, 1), new SessionAgency("probation", "Probation", 2, 1));
    static final Suppression RULE = Suppression.byHeadcount(ROOM, 3);
    final Pack pack = TestPack.pack();
    final Scenario scenario = pack.scenarios().get(0);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private DecisionResult decision(int stage, Response... answers) {
        return new DecisionAnalysis(RULE).analyse(new DecisionKey(7, stage), scenario, List.of(answers));
    }

    private static Response hands(int stage, String agency, String option, int count) {
        return Response.hands(new DecisionKey(7, stage), agency, option, count);
    }

    @Test
    void theResultsChartSaysEachAgencysAnswersAndTies() throws Exception {
        SlideBlock.Bars bars = ChartContent.decision(decision(0, hands(0, "police", "share", 3),
                hands(0, "police", "hold", 2), hands(0, "health", "share", 3), hands(0, "health", "advice", 3),
                hands(0, "probation", "share", 2)), 3);
        ResultsChart chart = onFx(() -> new ResultsChart(bars));
        assertEquals(AccessibleRole.TEXT, chart.getAccessibleRole());
        assertEquals("Answers by agency to: What would your agency do now? Police: 3 Share now, 2 Do not share yet. "
                + "Most: Share now. Health / NHS: 3 Share now, 3 Seek advice first. Tie: Share now and Seek advice first. "
                + "Not counted: 1 agency with fewer than 3 people, too few to stay anonymous.", chart.getAccessibleText());
        Node police = chart.lookup("#results-bar-police");
        assertEquals(AccessibleRole.TEXT, police.getAccessibleRole());
        assertEquals("Police: 3 Share now, 2 Do not share yet. Most: Share now.", police.getAccessibleText());
        assertTrue(texts(chart).contains("Tie: A and B"), "a tie names both options on screen too, by their letters");
    }

    @Test
    void theMythAnswersSayTheRoomsTotalAndEachAgency() throws Exception {
        MythBreakdown room = MythBreakdown.of(pack.exercises().mythOrFact().get(0), List.of(
                new MythAnswer(MeasurePhase.BASELINE, "gdpr-blocks", "police", 4, 1), new MythAnswer(MeasurePhase.BASELINE, "gdpr-blocks", "health", 5, 1),
                new MythAnswer(MeasurePhase.BASELINE, "gdpr-blocks", "probation", 1, 1)), RULE);
        ResultsChart chart = onFx(() -> new ResultsChart(ChartContent.myth(room, 3)));
        assertTrue(chart.getAccessibleText().startsWith("The room: 9 of 11 said myth. Police: 4 said myth, 1 said fact."),
                chart.getAccessibleText());
        assertEquals("Health / NHS: 5 said myth, 1 said fact.", chart.lookup("#myth-bar-health").getAccessibleText());
    }

    @Test
    void theThresholdChartSaysEachStageInTheSameWordsAsTheSummaries() throws Exception {
        List<DecisionResult> stages = List.of(decision(0, hands(0, "police", "hold", 5)),
                decision(1, hands(1, "police", "share", 2), hands(1, "police", "hold", 2)),
                decision(2, hands(2, "police", "share", 5)));
        SlideBlock.Grid grid = ChartContent.threshold(ThresholdChart.of(stages), stages);
        ThresholdChartView chart = onFx(() -> new ThresholdChartView(grid));
        assertEquals(AccessibleRole.TEXT, chart.getAccessibleRole());
        assertTrue(chart.getAccessibleText().contains("Police: stage 1 Withhold, stage 2 Split, stage 3 Share; "
                + "would share from stage 3."), chart.getAccessibleText());
        assertTrue(texts(chart).containsAll(List.of("Withhold", "Split", "Share")));
        assertFalse(texts(chart).contains("Not yet"), "one word for withholding, as in the summaries");
    }

    @Test
    void theTrustGridSaysWhoTrustsWhomAndHowItMoved() throws Exception {
        var results = new TrustAnalysis(ROOM, RULE).analyse(List.of(
                new TrustRating(MeasurePhase.BASELINE, "police", "health", 2, 5, ""),
                new TrustRating(MeasurePhase.FOLLOW_UP, "police", "health", 3, 5, ""),
                new TrustRating(MeasurePhase.FOLLOW_UP, "health", "police", 4, 6, "")));
        TrustHeatmap map = onFx(() -> new TrustHeatmap(TrustContent.heatmap(results, MeasurePhase.FOLLOW_UP,
                pack.exercises().trustGrid())));
        assertEquals(AccessibleRole.TEXT, map.getAccessibleRole());
        assertTrue(map.getAccessibleText().contains("Police trusts Health / NHS 3, up 1."), map.getAccessibleText());
        assertEquals("Police 4, new", map.lookup("#trust-cell-health-police").getAccessibleText());
        assertEquals("3 \u25b2 +1", ((Label) map.lookup("#trust-cell-police-health")).getText());
    }

    @Test
    void theConfidenceCountsSayEachPhaseAndTheChange() throws Exception {
        var shifts = new MeasureAnalysis(RULE).confidence(pack.exercises().confidenceItems(), List.of(
                new ConfidenceRating(MeasurePhase.BASELINE, "legitimate-purpose", "police", 2, 3),
                new ConfidenceRating(MeasurePhase.FOLLOW_UP, "legitimate-purpose", "police", 4, 3)));
        ConfidenceShiftView view = onFx(() -> new ConfidenceShiftView(TrustContent.confidence(shifts,
                MeasurePhase.FOLLOW_UP, 3)));
        assertEquals(AccessibleRole.TEXT, view.getAccessibleRole());
        assertTrue(view.getAccessibleText().contains("1. I can tell whether sharing has a legitimate purpose, after: "
                + "0 gave 1, 0 gave 2, 0 gave 3, 3 gave 4, 0 gave 5, average 4.0, change up 2 from 2.0."),
                view.getAccessibleText());
        assertEquals("change up 2 from 2.0", view.lookup("#conf-change-legitimate-purpose").getAccessibleText());
    }

    private static List<String> texts(Parent root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Label label) {
            texts.add(label.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
