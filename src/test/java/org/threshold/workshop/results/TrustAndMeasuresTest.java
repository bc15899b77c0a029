package org.threshold.workshop.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;

class TrustAndMeasuresTest {
    static final List<SessionAgency> ROOM = List.of(
            new SessionAgency("police", "Police", 5, 1),
            new SessionAgency("health", "Health / NHS", 6, 2),
            new SessionAgency("probation", "Probation", 2, 1),
            new SessionAgency("housing", "Housing", 2, 1));

    private static TrustRating before(String from, String to, int score, int n) {
        return new TrustRating(MeasurePhase.BASELINE, from, to, score, n, "");
    }

    private static TrustRating after(String from, String to, int score, int n) {
        return new TrustRating(MeasurePhase.FOLLOW_UP, from, to, score, n, "");
    }

    @Test
    void trustIsAMeanPerDirectedPairWithChangeAndAsymmetry() {
        TrustResults trust = new TrustAnalysis(ROOM, 3).analyse(List.of(
                before("police", "health", 2, 5), after("police", "health", 3, 5),
                before("health", "police", 4, 6), after("health", "police", 5, 6)));
        TrustCell policeToHealth = trust.cell("police", "health").orElseThrow();
        assertEquals(2.0, policeToHealth.baseline());
        assertEquals(3.0, policeToHealth.followUp());
        assertEquals(1.0, policeToHealth.change());
        Asymmetry gap = trust.asymmetries().get(0);
        assertEquals(MeasurePhase.FOLLOW_UP, gap.phase());
        assertEquals(2.0, gap.gap(), 1e-9);
        // n-weighted over shown ratings: (2*5 + 4*6) / 11 before, (3*5 + 5*6) / 11 after.
        assertEquals(34.0 / 11, trust.meanBaseline(), 1e-9);
        assertEquals(45.0 / 11, trust.meanFollowUp(), 1e-9);
    }

    @Test
    void smallRatersAreCombinedWithAWeightedMeanOrHidden() {
        TrustResults trust = new TrustAnalysis(ROOM, 3).analyse(List.of(
                before("probation", "police", 5, 2), before("housing", "police", 2, 2),
                before("probation", "health", 1, 2), before("police", "health", 3, 5)));
        TrustCell other = trust.cell(Suppression.OTHER_CODE, "police").orElseThrow();
        assertEquals(Suppression.OTHER_LABEL, other.fromLabel());
        assertEquals((5 * 2 + 2 * 2) / 4.0, other.baseline(), 1e-9);
        assertEquals(4, other.baselineN());
        assertTrue(trust.cell(Suppression.OTHER_CODE, "health").isEmpty(), "probation alone rating health: hidden");
        assertTrue(trust.cell("probation", "police").isEmpty());
        assertEquals(1, trust.hiddenRatings());
        assertFalse(trust.raters().stream().anyMatch(a -> a.code().equals("probation") || a.code().equals("housing")));
        assertTrue(trust.asymmetries().isEmpty(), "the combined row is never half of an asymmetry");
    }

    @Test
    void confidenceShiftsAreMeansOfTheAgenciesThatMayBeShown() {
        List<ConfidenceRating> ratings = List.of(
                new ConfidenceRating(MeasurePhase.BASELINE, "legitimate-purpose", "police", 2, 3),
                new ConfidenceRating(MeasurePhase.BASELINE, "legitimate-purpose", "health", 4, 1),
                new ConfidenceRating(MeasurePhase.BASELINE, "legitimate-purpose", "probation", 5, 2),
                new ConfidenceRating(MeasurePhase.FOLLOW_UP, "legitimate-purpose", "police", 4, 2),
                new ConfidenceRating(MeasurePhase.FOLLOW_UP, "legitimate-purpose", "health", 5, 2),
                new ConfidenceRating(MeasurePhase.BASELINE, "without-consent", "probation", 3, 2),
                new ConfidenceRating(MeasurePhase.FOLLOW_UP, "without-consent", "police", 4, 2));
        List<ConfidenceShift> shifts = new MeasureAnalysis(Suppression.byHeadcount(ROOM, 3)).confidence(
                TestPack.pack().exercises().confidenceItems(), ratings);
        ConfidenceShift first = shifts.get(0);
        assertEquals(List.of(0, 3, 0, 1, 0), first.before(), "probation's two 5s are left out of the room's counts");
        assertEquals(4, first.nBefore());
        assertEquals(1, first.hiddenBefore());
        assertEquals(List.of(0, 0, 0, 2, 2), first.after());
        assertEquals(2.5, first.meanBefore(), 1e-9);
        assertEquals(4.5, first.meanAfter(), 1e-9);
        assertEquals(2.0, first.shift(), 1e-9);
        assertFalse(first.suppressed());
        ConfidenceShift second = shifts.get(1);
        assertTrue(second.suppressed());
        assertNull(second.meanBefore(), "only probation (2 people) answered before");
        assertEquals(List.of(0, 0, 0, 0, 0), second.before());
        assertEquals(4.0, second.meanAfter(), 1e-9, "police has 5 people, so its two answers are shown");
        assertNull(second.shift());
    }

    @Test
    void mythResultsAreTheShareOfTheShownAgenciesThatWasRightInEachRound() {
        MeasurePhase before = MeasurePhase.BASELINE;
        List<MythResult> myths = new MeasureAnalysis(Suppression.byHeadcount(ROOM, 3)).myths(
                TestPack.pack().exercises().mythOrFact(), List.of(
                        new MythAnswer(before, "gdpr-blocks", "police", 4, 1),
                        new MythAnswer(before, "gdpr-blocks", "health", 2, 4),
                        new MythAnswer(before, "gdpr-blocks", "probation", 1, 1),
                        new MythAnswer(before, "record-decision", "probation", 0, 2)));
        assertEquals(6, myths.get(0).before().correct());
        assertEquals(11, myths.get(0).before().total(), "the same total as the per-agency rows on the projector");
        assertEquals(1, myths.get(0).before().hiddenAgencies());
        assertEquals(6.0 / 11, myths.get(0).before().share(), 1e-9);
        assertFalse(myths.get(0).after().ran(), "no round after the day's work");
        assertNull(myths.get(1).before().share(), "only probation answered: nothing may be shown");
        assertEquals(0, myths.get(1).before().total());
        assertTrue(myths.get(1).before().ran());
    }
}
