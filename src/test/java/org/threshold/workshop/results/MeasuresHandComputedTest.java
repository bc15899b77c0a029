package org.threshold.workshop.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.MythItem;

/** Small rooms worked out by hand on paper; each figure below says how it was reached. */
class MeasuresHandComputedTest {
    static final List<SessionAgency> ROOM = List.of(
            new SessionAgency("a", "Agency A", 4, 1),
            new SessionAgency("b", "Agency B", 5, 1),
            new SessionAgency("c", "Agency C", 1, 1),
            new SessionAgency("d", "Agency D", 2, 1));

    private static TrustRating rate(MeasurePhase phase, String from, String to, int score, int n) {
        return new TrustRating(phase, from, to, score, n, "");
    }

    private static final List<TrustRating> GRID = List.of(
            rate(MeasurePhase.BASELINE, "a", "b", 2, 4), rate(MeasurePhase.BASELINE, "b", "a", 4, 5),
            rate(MeasurePhase.BASELINE, "c", "a", 5, 1), rate(MeasurePhase.BASELINE, "d", "a", 2, 2),
            rate(MeasurePhase.BASELINE, "c", "b", 4, 1), rate(MeasurePhase.BASELINE, "d", "b", 1, 2),
            rate(MeasurePhase.BASELINE, "a", "c", 3, 4), rate(MeasurePhase.BASELINE, "b", "c", 3, 5),
            rate(MeasurePhase.BASELINE, "a", "d", 4, 4), rate(MeasurePhase.BASELINE, "b", "d", 5, 5),
            rate(MeasurePhase.FOLLOW_UP, "a", "b", 4, 4), rate(MeasurePhase.FOLLOW_UP, "b", "a", 3, 5),
            rate(MeasurePhase.FOLLOW_UP, "d", "a", 3, 2), rate(MeasurePhase.FOLLOW_UP, "a", "c", 3, 4));

    @Test
    void namedCellsAreTheirOneRatingAndChangeIsAfterMinusBefore() {
        TrustResults trust = new TrustAnalysis(ROOM, 3).analyse(GRID);
        TrustCell ab = trust.cell("a", "b").orElseThrow();
        assertEquals(2.0, ab.baseline());
        assertEquals(4.0, ab.followUp());
        assertEquals(2.0, ab.change(), "4 - 2");
        assertEquals(-1.0, trust.cell("b", "a").orElseThrow().change(), "3 - 4");
        assertEquals(0.0, trust.cell("a", "c").orElseThrow().change(), "3 - 3");
        TrustCell bd = trust.cell("b", "d").orElseThrow();
        assertEquals(5.0, bd.baseline());
        assertNull(bd.followUp());
        assertNull(bd.change(), "no follow-up rating: no change to show");
    }

    @Test
    void smallRatersOfAColumnAreMergedIntoAWeightedMean() {
        TrustResults trust = new TrustAnalysis(ROOM, 3).analyse(GRID);
        // Column a, before: C (n 1) and D (n 2) are each below 3, together 3: (5*1 + 2*2) / 3 = 3.
        TrustCell otherToA = trust.cell(Suppression.OTHER_CODE, "a").orElseThrow();
        assertEquals(3.0, otherToA.baseline(), 1e-9);
        assertEquals(3, otherToA.baselineN());
        // Column b, before: (4*1 + 1*2) / 3 = 2.
        assertEquals(2.0, trust.cell(Suppression.OTHER_CODE, "b").orElseThrow().baseline(), 1e-9);
        // Column a, after: D alone (n 2) stays below 3, so it is hidden, not shown as "other".
        assertNull(otherToA.followUp());
        assertEquals(1, trust.hiddenRatings());
        assertTrue(trust.cell("c", "a").isEmpty());
        assertTrue(trust.cell("d", "a").isEmpty());
    }

    @Test
    void overallMeansWeightEachShownCellByItsPeople() {
        TrustResults trust = new TrustAnalysis(ROOM, 3).analyse(GRID);
        // Before: a->b 2*4, b->a 4*5, other->a 3*3, other->b 2*3, a->c 3*4, b->c 3*5, a->d 4*4, b->d 5*5
        // = (8 + 20 + 9 + 6 + 12 + 15 + 16 + 25) / (4 + 5 + 3 + 3 + 4 + 5 + 4 + 5) = 111 / 33.
        assertEquals(111.0 / 33, trust.meanBaseline(), 1e-9);
        // After: a->b 4*4, b->a 3*5, a->c 3*4 = 43 / 13; d->a is hidden and left out.
        assertEquals(43.0 / 13, trust.meanFollowUp(), 1e-9);
    }

    @Test
    void asymmetryUsesTheLaterPhaseWhenBothDirectionsHaveIt() {
        TrustResults trust = new TrustAnalysis(ROOM, 3).analyse(GRID);
        assertEquals(1, trust.asymmetries().size(), "only a and b are named both ways");
        Asymmetry gap = trust.asymmetries().get(0);
        assertEquals(MeasurePhase.FOLLOW_UP, gap.phase());
        assertEquals(4.0, gap.aToB());
        assertEquals(3.0, gap.bToA());
        assertEquals(1.0, gap.gap(), 1e-9);
        TrustResults before = new TrustAnalysis(ROOM, 3).analyse(GRID.stream()
                .filter(r -> r.phase() == MeasurePhase.BASELINE).toList());
        assertEquals(2.0, before.asymmetries().get(0).gap(), 1e-9, "|2 - 4| before");
        assertEquals(MeasurePhase.BASELINE, before.asymmetries().get(0).phase());
    }

    @Test
    void confidenceAddsAgenciesUpIntoOneDistributionPerPhase() {
        List<ConfidenceItem> items = List.of(new ConfidenceItem("q", "A question", ""));
        List<ConfidenceRating> ratings = List.of(
                conf(MeasurePhase.BASELINE, "a", 2, 2), conf(MeasurePhase.BASELINE, "a", 3, 2),
                conf(MeasurePhase.BASELINE, "b", 1, 1), conf(MeasurePhase.BASELINE, "b", 2, 1),
                conf(MeasurePhase.BASELINE, "b", 3, 2), conf(MeasurePhase.BASELINE, "b", 4, 1),
                conf(MeasurePhase.FOLLOW_UP, "a", 4, 3), conf(MeasurePhase.FOLLOW_UP, "a", 5, 1),
                conf(MeasurePhase.FOLLOW_UP, "b", 3, 1), conf(MeasurePhase.FOLLOW_UP, "b", 4, 2),
                conf(MeasurePhase.FOLLOW_UP, "b", 5, 2));
        ConfidenceShift shift = new MeasureAnalysis(Suppression.byHeadcount(ROOM, 3)).confidence(items, ratings).get(0);
        assertEquals(List.of(1, 3, 4, 1, 0), shift.before());
        assertEquals(List.of(0, 0, 1, 5, 3), shift.after());
        assertEquals(9, shift.nBefore());
        // (1*1 + 2*3 + 3*4 + 4*1) / 9 = 23/9; (3*1 + 4*5 + 5*3) / 9 = 38/9; shift 15/9.
        assertEquals(23.0 / 9, shift.meanBefore(), 1e-9);
        assertEquals(38.0 / 9, shift.meanAfter(), 1e-9);
        assertEquals(15.0 / 9, shift.shift(), 1e-9);
    }

    @Test
    void mythAnswersPerAgencyMergeSmallAgenciesAndTotalOnlyWhatIsShown() {
        MythItem item = new MythItem("m", "A statement", true, "Why", List.of());
        List<MythAnswer> answers = List.of(new MythAnswer(MeasurePhase.BASELINE, "m", "a", 3, 1), new MythAnswer(MeasurePhase.BASELINE, "m", "b", 1, 4),
                new MythAnswer(MeasurePhase.BASELINE, "m", "c", 1, 0), new MythAnswer(MeasurePhase.BASELINE, "m", "d", 0, 2), new MythAnswer(MeasurePhase.BASELINE, "other", "a", 0, 4));
        MythBreakdown merged = MythBreakdown.of(item, answers, ROOM, 3);
        assertEquals(List.of("a", "b", Suppression.OTHER_CODE), merged.agencies().stream().map(MythBreakdown.Row::code).toList());
        assertEquals(new MythBreakdown.Row(Suppression.OTHER_CODE, Suppression.OTHER_LABEL, true, 1, 2),
                merged.agencies().get(2), "c (1) and d (2) together make 3");
        assertEquals(5, merged.saidMyth());
        assertEquals(7, merged.saidFact());
        assertEquals(5, merged.correct(), "it is a myth");

        MythBreakdown hidden = MythBreakdown.of(item, answers.subList(0, 3), ROOM, 3);
        assertEquals(1, hidden.hiddenAgencies(), "c alone is too few, even combined");
        assertEquals(4, hidden.saidMyth(), "the totals leave c out: 3 + 1");
        assertEquals(5, hidden.saidFact());
    }

    private static ConfidenceRating conf(MeasurePhase phase, String agency, int score, int count) {
        return new ConfidenceRating(phase, "q", agency, score, count);
    }
}
