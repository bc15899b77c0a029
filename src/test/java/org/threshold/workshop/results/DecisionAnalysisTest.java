package org.threshold.workshop.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Scenario;

class DecisionAnalysisTest {
    static final List<SessionAgency> ROOM = List.of(
            new SessionAgency("police", "Police", 5, 1),
            new SessionAgency("health", "Health / NHS", 6, 2),
            new SessionAgency("probation", "Probation", 2, 1),
            new SessionAgency("housing", "Housing", 3, 1));
    final Scenario scenario = TestPack.pack().scenarios().get(0);
    final DecisionKey key = new DecisionKey(7, 1);

    @Test
    void countsHandsAndWeighsATableByItsHeadcountThenMergesSmallAgencies() {
        List<Response> answers = List.of(
                Response.hands(key, "police", "share", 3), Response.hands(key, "police", "advice", 2),
                new Response(key, "health", 1, "hold", 6, ResponseSource.TABLE_DECISION, "", "", 3, "Too early"),
                Response.hands(key, "probation", "share", 1), Response.hands(key, "probation", "hold", 1),
                Response.hands(key, "housing", "advice", 1));
        DecisionResult result = new DecisionAnalysis(ROOM, 3).analyse(key, scenario, answers);

        assertEquals(List.of("police", "health", Suppression.OTHER_CODE),
                result.agencies().stream().map(AgencyResult::code).toList());
        AgencyResult police = result.agencies().get(0);
        assertEquals(List.of(3, 2, 0, 0), police.counts());
        assertEquals("share", police.majorityOption());
        assertEquals(OptionKind.SHARE, police.majorityKind());
        assertEquals(List.of(0, 0, 0, 6), result.agencies().get(1).counts());
        AgencyResult other = result.agencies().get(2);
        assertEquals(Suppression.OTHER_LABEL, other.label());
        assertEquals(List.of(1, 1, 0, 1), other.counts());
        assertEquals(3, other.total());
        assertTrue(other.tie(), "three options with one answer each");
        assertEquals("share", other.majorityOption(), "a tie goes to the option listed first");
        assertEquals(List.of(4, 3, 0, 7), result.shownTotals());
        assertEquals(0, result.hiddenAnswers());
        // Majority kinds SHARE, WITHHOLD, SHARE: two of three agree, so 1 - 2/3.
        assertEquals(1.0 / 3, result.divergence(), 1e-9);
        assertEquals("A second agency notices", result.stageTitle());
        assertEquals(List.of("share"), result.appropriate());
    }

    @Test
    void aLoneSmallAgencyIsHiddenAndLeftOutOfTheTotals() {
        List<Response> answers = List.of(
                Response.hands(key, "police", "hold", 5),
                Response.hands(key, "probation", "share", 2));
        DecisionResult result = new DecisionAnalysis(ROOM, 3).analyse(key, scenario, answers);
        assertEquals(List.of("police"), result.agencies().stream().map(AgencyResult::code).toList());
        assertEquals(1, result.hiddenAgencies());
        assertEquals(2, result.hiddenAnswers());
        assertEquals(List.of(0, 0, 0, 5), result.shownTotals(), "probation's 2 must not be recoverable by subtraction");
        assertEquals(0.0, result.divergence());
    }

    @Test
    void anAnswerForAnOptionNoLongerInTheContentIsStillCounted() {
        DecisionResult result = new DecisionAnalysis(ROOM, 1).analyse(key, scenario,
                List.of(Response.hands(key, "police", "retired-option", 4)));
        assertEquals(5, result.options().size());
        assertNull(result.agencies().get(0).majorityKind());
        assertFalse(result.agencies().get(0).tie());
    }

    @Test
    void theThresholdChartFindsTheFirstStageWhereTheMajorityWouldShare() {
        DecisionAnalysis analysis = new DecisionAnalysis(ROOM, 3);
        List<DecisionResult> stages = List.of(
                analysis.analyse(new DecisionKey(7, 0), scenario, List.of(
                        Response.hands(new DecisionKey(7, 0), "police", "hold", 5),
                        Response.hands(new DecisionKey(7, 0), "health", "hold", 6))),
                analysis.analyse(new DecisionKey(7, 1), scenario, List.of(
                        Response.hands(new DecisionKey(7, 1), "police", "share", 4),
                        Response.hands(new DecisionKey(7, 1), "police", "hold", 1),
                        Response.hands(new DecisionKey(7, 1), "health", "consent", 6))),
                analysis.analyse(new DecisionKey(7, 2), scenario, List.of(
                        Response.hands(new DecisionKey(7, 2), "police", "share", 5),
                        Response.hands(new DecisionKey(7, 2), "health", "advice", 6),
                        Response.hands(new DecisionKey(7, 2), "housing", "share", 3))));
        List<ThresholdRow> chart = ThresholdChart.of(stages);
        assertEquals(List.of("police", "health", "housing"), chart.stream().map(ThresholdRow::code).toList());
        assertEquals(1, chart.get(0).firstShareStage());
        assertTrue(chart.get(1).neverShared());
        assertEquals(java.util.Arrays.asList(OptionKind.WITHHOLD, OptionKind.SEEK_CONSENT, OptionKind.SEEK_ADVICE),
                chart.get(1).kinds());
        assertEquals(java.util.Arrays.asList(null, null, OptionKind.SHARE), chart.get(2).kinds(),
                "housing answered only at the last stage: gaps, not guesses");
        assertEquals(2, chart.get(2).firstShareStage());
    }

    @Test
    void divergenceIsOneMinusTheShareAgreeingWithTheCommonestKind() {
        AgencyResult share = new AgencyResult("a", "A", false, List.of(1), 1, "s", OptionKind.SHARE, false);
        AgencyResult hold = new AgencyResult("b", "B", false, List.of(1), 1, "h", OptionKind.WITHHOLD, false);
        AgencyResult advice = new AgencyResult("c", "C", false, List.of(1), 1, "a", OptionKind.SEEK_ADVICE, false);
        AgencyResult consent = new AgencyResult("d", "D", false, List.of(1), 1, "c", OptionKind.SEEK_CONSENT, false);
        assertEquals(0.0, Divergence.of(List.of(share, share, share)));
        assertEquals(0.75, Divergence.of(List.of(share, share, hold, hold, advice, advice, consent, consent)));
        assertEquals(0.5, Divergence.of(List.of(share, share, hold, advice)));
        assertEquals(0.0, Divergence.of(List.of(share)));
    }
}
