package org.threshold.workshop.stand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.testing.StandPack;
import org.threshold.workshop.results.Suppression;

/** "Where we stand" analysed by hand-computed cases, with the small-number rule as everywhere. */
class StandAnalysisTest {
    private static final SessionAgency POLICE = new SessionAgency("police", "Police", 5, 1);
    private static final SessionAgency HEALTH = new SessionAgency("health", "Health / NHS", 4, 1);
    private static final SessionAgency PROBATION = new SessionAgency("probation", "Probation", 2, 1);
    private static final SessionAgency HOUSING = new SessionAgency("housing", "Housing", 1, 1);

    private static StandResults analyse(List<SessionAgency> agencies, List<JourneyPlacement> placements,
                                        List<ReadinessRating> ratings) {
        return new StandAnalysis(StandPack.SECTION, agencies, 3).analyse(new StandAnswers(placements, ratings));
    }

    private static JourneyPlacement table(SessionAgency agency, String stage) {
        return new JourneyPlacement(agency.code(), 1, stage, agency.headcount(), ResponseSource.TABLE_DECISION);
    }

    private static JourneyPlacement hands(SessionAgency agency, String stage, int count) {
        return new JourneyPlacement(agency.code(), 0, stage, count, ResponseSource.SHOW_OF_HANDS);
    }

    private static List<ReadinessRating> rate(String statement, SessionAgency agency, int... perScore) {
        List<ReadinessRating> rows = new ArrayList<>();
        for (int score = 0; score < perScore.length; score++) {
            if (perScore[score] > 0) {
                rows.add(new ReadinessRating(statement, agency.code(), 0, score, perScore[score],
                        ResponseSource.SHOW_OF_HANDS));
            }
        }
        return rows;
    }

    @Test
    void eachAgencyIsPlacedAtItsMedianStageAndTheFurthestApartAreNamed() {
        JourneySpread spread = analyse(List.of(POLICE, HEALTH),
                List.of(hands(POLICE, "scoping", 1), hands(POLICE, "sharing", 4), table(HEALTH, "scoping")),
                List.of()).journey();
        assertEquals(List.of("Vision", "Scoping", "Getting ready", "Sharing in practice"), spread.stages());
        assertEquals(List.of(0, 1, 0, 4), spread.rows().get(0).counts());
        assertEquals(3, spread.rows().get(0).stage(), "four of five police put us at the last stage");
        assertEquals(1, spread.rows().get(1).stage());
        assertEquals(List.of(0, 5, 0, 4), spread.room());
        assertEquals(1, spread.roomStage(), "the lower median of nine people is the fifth: scoping");
        assertEquals("Police place us at Sharing in practice; Health / NHS at Scoping.", spread.disagreement());
        assertEquals(2, spread.furthestApart().orElseThrow().gap());
    }

    @Test
    void aSmallAgencyIsHiddenAndLeftOutOfTheRoomTotals() {
        StandResults results = analyse(List.of(POLICE, PROBATION),
                List.of(table(POLICE, "ready"), table(PROBATION, "vision")),
                concat(rate("agreement", POLICE, 0, 0, 1, 2, 2, 0), rate("agreement", PROBATION, 0, 2, 0, 0, 0, 0)));
        assertEquals(List.of("police"), results.journey().rows().stream().map(JourneySpread.Row::code).toList());
        assertEquals(List.of(0, 0, 5, 0), results.journey().room(), "probation's two are not in the room's total");
        assertEquals(1, results.journey().hiddenAgencies());
        StatementResult agreement = results.statements().get(0);
        assertEquals(List.of(0, 1, 2, 2, 0), agreement.counts(), "probation's two 1s would show by subtraction");
        assertEquals(5, agreement.people());
        assertEquals(1, results.hiddenAgencies());
        assertEquals("", results.journey().disagreement(), "one agency shown: nobody to disagree with");
    }

    /** The group is the agency's headcount: five mistyped hands for Probation's two people never show it alone. */
    @Test
    void aMistypedCountNeverExposesASmallAgency() {
        StandResults results = analyse(List.of(POLICE, PROBATION),
                List.of(table(POLICE, "ready"), hands(PROBATION, "vision", 5)),
                rate("advice", PROBATION, 0, 5, 0, 0, 0, 0));
        assertEquals(List.of("police"), results.journey().rows().stream().map(JourneySpread.Row::code).toList());
        assertTrue(results.statements().isEmpty(), "nothing of probation's five 1s is shown");
    }

    @Test
    void smallAgenciesThatTogetherReachTheThresholdAreShownCombined() {
        StandResults results = analyse(List.of(POLICE, PROBATION, HOUSING),
                List.of(table(POLICE, "sharing"), table(PROBATION, "vision"), table(HOUSING, "scoping")),
                List.of());
        List<JourneySpread.Row> rows = results.journey().rows();
        assertEquals(List.of("police", Suppression.OTHER_CODE), rows.stream().map(JourneySpread.Row::code).toList());
        assertTrue(rows.get(1).combined());
        assertEquals(List.of(2, 1, 0, 0), rows.get(1).counts());
        assertEquals(0, results.journey().hiddenAgencies());
        assertEquals("", results.journey().disagreement(), "the combined row is not named as an agency that disagrees");
    }

    @Test
    void dontKnowIsCountedApartAndLeftOutOfTheAverage() {
        StandResults results = analyse(List.of(POLICE, HEALTH), List.of(),
                concat(rate("recorded", POLICE, 3, 0, 2, 0, 0, 0), rate("recorded", HEALTH, 1, 0, 0, 0, 3, 0)));
        StatementResult recorded = results.statements().get(0);
        assertEquals(4, recorded.dontKnow());
        assertEquals((2 * 2 + 3 * 4) / 5.0, recorded.mean(), 1e-9);
        assertEquals(9, recorded.people());
        assertFalse(recorded.mostlyUnknown(), "four of nine is less than half");
        StatementResult onlyUnknown = analyse(List.of(POLICE), List.of(), rate("advice", POLICE, 4, 0, 0, 0, 0, 0))
                .statements().get(0);
        assertNull(onlyUnknown.mean());
        assertTrue(onlyUnknown.mostlyUnknown());
    }

    @Test
    void theWeakestAreTheLowestAveragesWithMoreDontKnowFirstOnATie() {
        StandResults results = analyse(List.of(POLICE), List.of(), concat(
                rate("agreement", POLICE, 0, 0, 0, 0, 1, 4),
                rate("advice", POLICE, 2, 0, 3, 0, 0, 0),
                rate("recorded", POLICE, 0, 0, 3, 0, 0, 0)));
        assertEquals(List.of("advice"), results.weakest().stream().map(StatementResult::statementId).toList(),
                "of three statements only the weakest is named: naming all three would single none out");
    }

    @Test
    void ofEightRatedStatementsTheThreeLowestAreNamed() {
        List<ReadinessStatement> statements = IntStream.range(0, 8)
                .mapToObj(i -> new ReadinessStatement("s" + i, "Statement " + i, "E", "", "")).toList();
        List<ReadinessRating> ratings = new ArrayList<>();
        int[] scores = {4, 2, 5, 1, 3, 4, 2, 5};
        for (int i = 0; i < 8; i++) {
            int[] perScore = new int[6];
            perScore[scores[i]] = 3;
            ratings.addAll(rate("s" + i, POLICE, perScore));
        }
        StandResults results = new StandAnalysis(new WhereWeStand("Q", StandPack.SECTION.journey(), "R", statements, ""),
                List.of(POLICE), 3)
                .analyse(new StandAnswers(List.of(), ratings));
        assertEquals(List.of("s3", "s1", "s6"), results.weakest().stream().map(StatementResult::statementId).toList());
    }

    @Test
    void nothingAnsweredIsNothingShown() {
        StandResults results = analyse(List.of(POLICE, HEALTH), List.of(), List.of());
        assertTrue(results.isEmpty());
        assertEquals(-1, results.journey().roomStage());
        assertEquals(List.of(), results.weakest());
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
