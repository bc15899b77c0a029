package org.threshold.workshop.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
            new SessionAgency("housing", "Housing", 3, 1),
            new SessionAgency("youth", "Youth offending", 1, 1));
    final Scenario scenario = TestPack.pack().scenarios().get(0);
    final DecisionKey key = new DecisionKey(7, 1);

    @Test
    void countsHandsAndWeighsATableByItsHeadcountThenMergesSmallAgencies() {
        List<Response> answers = List.of(
                Response.hands(key, "police", "share", 3), Response.hands(key, "police", "advice", 2),
                new Response(key, "health", 1, "hold", 6, ResponseSource.TABLE_DECISION, "", "", 3, "Too early"),
                Response.hands(key, "probation", "share", 1), Response.hands(key, "probation", "hold", 1),
                Response.hands(key, "youth", "advice", 1));
        DecisionResult result = new DecisionAnalysis(ROOM, 3).analyse(key, scenario, answers);

        assertEquals(List.of("police", "health", Suppression.OTHER_CODE),
                result.agencies().stream().map(AgencyResult::code).toList());
        AgencyResult police = result.agencies().get(0);
        assertEquals(List.of(3, 2, 0, 0), police.counts());
        assertEquals("share", police.majorityOption());
        assertEquals(OptionKind.SHARE, police.majorityKind());
        assertEquals("Share now", result.majorityWords(police));
        assertEquals(List.of(0, 0, 0, 6), result.agencies().get(1).counts());
        AgencyResult other = result.agencies().get(2);
        assertEquals(Suppression.OTHER_LABEL, other.label());
        assertEquals(List.of(1, 1, 0, 1), other.counts(), "probation (2 people) and youth (1) together make 3");
        assertEquals(3, other.total());
        assertTrue(other.tie(), "three options with one answer each");
        assertTrue(other.split(), "share, advice and withhold are different kinds");
        assertEquals(List.of("share", "advice", "hold"), other.leaders());
        assertEquals("Tie: Share now, Seek advice first and Do not share yet", result.majorityWords(other),
                "a tie names every option tied, not only the first");
        assertEquals(List.of(4, 3, 0, 7), result.shownTotals());
        assertEquals(0, result.hiddenAnswers());
        // Kinds SHARE and WITHHOLD, and one agency split: the largest agreeing group is one of three.
        assertEquals(2.0 / 3, result.divergence(), 1e-9);
        assertEquals("A second agency notices", result.stageTitle());
        assertEquals(List.of("share"), result.appropriate());
    }

    @Test
    void aSmallAgencyIsHiddenByItsHeadcountWhateverNumberOfAnswersWasTyped() {
        List<Response> answers = List.of(
                Response.hands(key, "police", "hold", 5),
                Response.hands(key, "probation", "share", 3),
                Response.hands(key, "housing", "share", 1));
        DecisionResult result = new DecisionAnalysis(ROOM, 3).analyse(key, scenario, answers);
        assertEquals(List.of("police", "housing"), result.agencies().stream().map(AgencyResult::code).toList(),
                "probation has 2 people however many hands were typed; housing has 3 however few answered");
        assertEquals(1, result.hiddenAgencies());
        assertEquals(3, result.hiddenAnswers());
        assertEquals(List.of(1, 0, 0, 5), result.shownTotals(), "probation's 3 must not be recoverable by subtraction");
        assertEquals("Not counted: 1 agency with fewer than 3 people, too few to stay anonymous.", result.notCounted(3));
    }

    @Test
    void theGroupSizeComesFromOnePlaceThatPhonesCanFeed() {
        List<Response> answers = List.of(Response.hands(key, "police", "hold", 2), Response.hands(key, "health", "share", 4));
        GroupSizes answerers = code -> code.equals("police") ? 2 : 4;
        DecisionResult result = new DecisionAnalysis(new Suppression(ROOM, answerers, 3)).analyse(key, scenario, answers);
        assertEquals(List.of("health"), result.agencies().stream().map(AgencyResult::code).toList(),
                "two distinct answerers from police stay hidden, whatever its planned headcount");
    }

    @Test
    void anAgencyThatAnsweredAStageOnPhonesAloneIsSizedByItsDistinctPhones() {
        List<Response> twoPhones = List.of(Response.hands(key, "police", "hold", 5), phone("health", "share"),
                phone("health", "share"));
        DecisionResult result = new DecisionAnalysis(ROOM, 3).analyse(key, scenario, twoPhones);
        assertEquals(List.of("police"), result.agencies().stream().map(AgencyResult::code).toList(),
                "health has 6 people, but only 2 phones answered: those 2 are all the answers could come from");
        assertEquals(1, result.hiddenAgencies());
        assertEquals(List.of(0, 0, 0, 5), result.shownTotals());

        List<Response> threePhones = new ArrayList<>(twoPhones);
        threePhones.add(phone("health", "hold"));
        assertEquals(List.of("police", "health"), new DecisionAnalysis(ROOM, 3).analyse(key, scenario, threePhones)
                .agencies().stream().map(AgencyResult::code).toList());
    }

    @Test
    void handsTypedBesideAnAgencysPhonesKeepItsHeadcount() {
        List<Response> answers = List.of(phone("health", "share"), phone("health", "share"),
                Response.hands(key, "health", "hold", 1));
        assertEquals(List.of("health"), new DecisionAnalysis(ROOM, 3).analyse(key, scenario, answers)
                .agencies().stream().map(AgencyResult::code).toList(), "a show of hands may stand for anyone in the room");
    }

    private Response phone(String agency, String option) {
        return new Response(key, agency, 0, option, 1, ResponseSource.DEVICE, "", "", 0, "");
    }

    @Test
    void optionsOfOneKindTiedStillSayWhatTheAgencyWouldDo() {
        DecisionResult result = new DecisionAnalysis(ROOM, 3).analyse(key, scenario, List.of(
                Response.hands(key, "police", "hold", 2), Response.hands(key, "police", "share", 1),
                Response.hands(key, "health", "hold", 3), Response.hands(key, "health", "share", 3)));
        assertFalse(result.agencies().get(0).tie());
        assertEquals("Do not share yet", result.majorityWords(result.agencies().get(0)));
        AgencyResult health = result.agencies().get(1);
        assertEquals("Tie: Share now and Do not share yet", result.majorityWords(health));
        assertNull(health.majorityKind());
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
    void aTieBetweenKindsIsSplitOnTheThresholdChartAndNeverCountsAsSharing() {
        DecisionAnalysis analysis = new DecisionAnalysis(ROOM, 3);
        DecisionKey first = new DecisionKey(7, 0);
        DecisionKey second = new DecisionKey(7, 1);
        List<ThresholdRow> chart = ThresholdChart.of(List.of(
                analysis.analyse(first, scenario, List.of(Response.hands(first, "police", "share", 2),
                        Response.hands(first, "police", "hold", 2))),
                analysis.analyse(second, scenario, List.of(Response.hands(second, "police", "share", 3)))));
        assertTrue(chart.get(0).splitAt(0));
        assertNull(chart.get(0).kinds().get(0));
        assertEquals(1, chart.get(0).firstShareStage(), "the first clear majority to share");
    }

    @Test
    void divergenceIsOneMinusTheShareAgreeingWithTheCommonestKind() {
        AgencyResult share = new AgencyResult("a", "A", false, List.of(1), 1, List.of("s"), OptionKind.SHARE);
        AgencyResult hold = new AgencyResult("b", "B", false, List.of(1), 1, List.of("h"), OptionKind.WITHHOLD);
        AgencyResult advice = new AgencyResult("c", "C", false, List.of(1), 1, List.of("a"), OptionKind.SEEK_ADVICE);
        AgencyResult consent = new AgencyResult("d", "D", false, List.of(1), 1, List.of("c"), OptionKind.SEEK_CONSENT);
        AgencyResult split = new AgencyResult("e", "E", false, List.of(1, 1), 2, List.of("s", "h"), null);
        assertEquals(0.0, Divergence.of(List.of(share, share, share)));
        assertEquals(0.75, Divergence.of(List.of(share, share, hold, hold, advice, advice, consent, consent)));
        assertEquals(0.5, Divergence.of(List.of(share, share, hold, advice)));
        assertEquals(0.0, Divergence.of(List.of(share)));
        assertEquals(1.0, Divergence.of(List.of(split, split)), "two split agencies do not agree with each other");
    }
}
