package org.threshold.workshop.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.Moderation;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.workshop.phones.DeviceTally;
import org.threshold.workshop.run.Measures;

/** The trust, confidence and myth-or-fact figures of an agency that answered them on phones alone. */
class PhoneAnswerersTest {
    static final List<SessionAgency> ROOM = List.of(
            new SessionAgency("police", "Police", 5, 1),
            new SessionAgency("health", "Health / NHS", 6, 2));
    static final AgendaItem TRUST = new AgendaItem(4, 1, AgendaItemKind.TRUST_EXERCISE, "Trust", "", 10, null, null);
    final DeviceTally tally = new DeviceTally(List.of(TRUST));
    final Measures policeTyped = new Measures(List.of(new TrustRating(MeasurePhase.BASELINE, "police", "health", 3, 5,
            "")), List.of(), List.of(), List.of());

    @Test
    void twoPhonesOfAnAgencyOfSixAreAGroupOfTwoAndStayHidden() {
        List<DeviceAnswer> phones = List.of(rating("a", "police", 1), rating("b", "police", 1));
        assertEquals(Map.of("health", 2), tally.measuresPhoneOnly(policeTyped, phones));

        TrustResults trust = analyse(phones);
        assertTrue(trust.cell("health", "police").isEmpty(), "two people's ratings would be all but named");
        assertEquals(1, trust.hiddenRatings(), "one rater hidden from one cell");
        assertTrue(trust.cell("police", "health").isPresent());
    }

    @Test
    void threePhonesAreEnoughToBeShown() {
        TrustResults trust = analyse(List.of(rating("a", "police", 1), rating("b", "police", 2),
                rating("c", "police", 3)));
        assertEquals(2.0, trust.cell("health", "police").orElseThrow().baseline(), 1e-9);
    }

    @Test
    void anAgencyThatAlsoRatedAtItsTableKeepsItsHeadcount() {
        Measures bothTyped = new Measures(List.of(policeTyped.trust().get(0),
                new TrustRating(MeasurePhase.BASELINE, "health", "police", 4, 6, "")), List.of(), List.of(), List.of());
        assertEquals(Map.of(), tally.measuresPhoneOnly(bothTyped, List.of(rating("a", "police", 1))));
    }

    private TrustResults analyse(List<DeviceAnswer> phones) {
        Measures all = tally.withDevices(policeTyped, phones, List.of());
        return new ResultsAnalysis().analyse(new ResultsInput(TestPack.pack(), 3, ROOM,
                tally.measuresPhoneOnly(policeTyped, phones), List.of(TRUST), List.of(), all.trust(), List.of(),
                List.of())).trust();
    }

    private static DeviceAnswer rating(String device, String rated, int score) {
        return new DeviceAnswer(new DecisionKey(TRUST.id(), 0), device, "health", rated, String.valueOf(score), "", "",
                0, "", Moderation.APPROVED, Instant.EPOCH);
    }
}
