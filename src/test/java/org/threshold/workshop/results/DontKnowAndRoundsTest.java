package org.threshold.workshop.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.OptionKind;

/** "Don't know / no contact" is no score; myth or fact is measured in two rounds; a requester's stage is no first share. */
class DontKnowAndRoundsTest {
    static final List<SessionAgency> ROOM = TrustAndMeasuresTest.ROOM;

    private static TrustRating rating(MeasurePhase phase, String from, String to, int score, int n) {
        return new TrustRating(phase, from, to, score, n, "");
    }

    @Test
    void dontKnowIsCountedApartAndLeftOutOfEveryMean() {
        TrustResults trust = new TrustAnalysis(ROOM, 3).analyse(List.of(
                rating(MeasurePhase.BASELINE, "police", "health", TrustRating.DONT_KNOW, 5),
                rating(MeasurePhase.FOLLOW_UP, "police", "health", 4, 5),
                rating(MeasurePhase.BASELINE, "health", "police", 2, 6)));
        TrustCell policeToHealth = trust.cell("police", "health").orElseThrow();
        assertNull(policeToHealth.baseline(), "no one who answered gave a score");
        assertEquals(0, policeToHealth.baselineN());
        assertEquals(5, policeToHealth.baselineDontKnow());
        assertEquals(4.0, policeToHealth.followUp());
        assertEquals(0, policeToHealth.followUpDontKnow());
        assertNull(policeToHealth.change(), "no change from a don't know");
        assertEquals(2.0, trust.meanBaseline(), 1e-9, "the grid's mean is the scores' alone");
        assertEquals(5, trust.dontKnow(MeasurePhase.BASELINE));
    }

    @Test
    void aSmallAgencysDontKnowIsSuppressedWithItsScores() {
        TrustResults trust = new TrustAnalysis(ROOM, 3).analyse(List.of(
                rating(MeasurePhase.BASELINE, "probation", "police", TrustRating.DONT_KNOW, 2),
                rating(MeasurePhase.BASELINE, "housing", "police", 3, 2)));
        TrustCell other = trust.cell(Suppression.OTHER_CODE, "police").orElseThrow();
        assertEquals(3.0, other.baseline(), 1e-9);
        assertEquals(2, other.baselineN());
        assertEquals(2, other.baselineDontKnow());
        assertTrue(trust.cell("probation", "police").isEmpty());
    }

    private static MythAnswer answer(MeasurePhase phase, String item, String agency, int myth, int fact) {
        return new MythAnswer(phase, item, agency, myth, fact);
    }

    @Test
    void mythOrFactShowsEachRoundAndTheKnowledgeChangeByAgency() {
        List<MythItem> items = List.of(new MythItem("consent-always", "We always need consent.", true, "No.", List.of()),
                new MythItem("child-at-risk", "No consent is needed for a child at risk.", false, "Yes.", List.of()));
        List<MythAnswer> answers = List.of(
                answer(MeasurePhase.BASELINE, "consent-always", "police", 2, 3),
                answer(MeasurePhase.BASELINE, "child-at-risk", "police", 1, 4),
                answer(MeasurePhase.FOLLOW_UP, "consent-always", "police", 5, 0),
                answer(MeasurePhase.FOLLOW_UP, "child-at-risk", "police", 0, 5),
                answer(MeasurePhase.BASELINE, "consent-always", "probation", 0, 2),
                answer(MeasurePhase.FOLLOW_UP, "consent-always", "probation", 2, 0));
        MeasureAnalysis analysis = new MeasureAnalysis(Suppression.byHeadcount(ROOM, 3));
        MythResult consent = analysis.myths(items, answers).get(0);
        assertEquals(new MythRound(2, 5, 2.0 / 5, 1), consent.before(), "probation (2 people) is not counted");
        assertEquals(new MythRound(5, 5, 1.0, 1), consent.after());
        assertEquals(1.0 - 2.0 / 5, consent.change(), 1e-9);

        List<KnowledgeChange> knowledge = analysis.knowledge(items, answers);
        assertEquals(1, knowledge.size(), "probation's two people are never shown alone, nor combined below the threshold");
        KnowledgeChange police = knowledge.get(0);
        assertEquals("police", police.code());
        assertEquals(new MythRound(6, 10, 0.6, 0), police.before());
        assertEquals(new MythRound(10, 10, 1.0, 0), police.after());
        assertEquals(0.4, police.change(), 1e-9);
    }

    @Test
    void aRoundRunOnceIsShownWithoutAChange() {
        List<MythItem> items = List.of(new MythItem("m", "A statement.", true, "Why.", List.of()));
        MythResult only = new MeasureAnalysis(Suppression.byHeadcount(ROOM, 3)).myths(items, List.of(answer(MeasurePhase.BASELINE, "m", "health", 4, 2))).get(0);
        assertTrue(only.before().ran());
        assertFalse(only.after().ran());
        assertNull(only.change());
    }

    /** Sharing with whoever asked is not joining up with the others: such a stage never counts as the first share. */
    @Test
    void aShareAtARequestersStageIsNotTheFirstShare() {
        List<AgencyResult> shares = List.of(new AgencyResult("police", "Police", false, List.of(5), 5, List.of("give"), OptionKind.SHARE));
        List<AgencyResult> holds = List.of(new AgencyResult("police", "Police", false, List.of(5), 5, List.of("hold"), OptionKind.WITHHOLD));
        DecisionResult asked = stage(1, shares, "the caller");
        DecisionResult held = stage(0, holds, "");
        DecisionResult joinedUp = stage(2, shares, "");
        ThresholdRow row = ThresholdChart.of(List.of(held, asked, joinedUp)).get(0);
        assertEquals(List.of(OptionKind.WITHHOLD, OptionKind.SHARE, OptionKind.SHARE), row.kinds());
        assertEquals(2, row.firstShareStage(), "the third stage, not the caller's");
    }

    private static DecisionResult stage(int index, List<AgencyResult> agencies, String requester) {
        return new DecisionResult(new DecisionKey(1, index), "s", "Scenario", index, "Stage", "Q?",
                List.of(new OptionColumn("x", "X", OptionKind.SHARE)), agencies, List.of(5), 0, 0, 0, List.of(), requester, "");
    }
}
