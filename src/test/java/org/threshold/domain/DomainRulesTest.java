package org.threshold.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Stage;

class DomainRulesTest {
    private static final DecisionKey KEY = new DecisionKey(7, 1);

    @Test
    void aWorkshopNeedsATitleAndSensibleNumbers() {
        SessionDetails details = SessionDetails.of("  Leeds day  ", LocalDate.of(2026, 3, 12), null, null);
        assertEquals("Leeds day", details.title());
        assertEquals("", details.venue());
        assertEquals(WorkshopSession.DEFAULT_ANONYMITY_THRESHOLD, details.anonymityThreshold());
        assertThrows(IllegalArgumentException.class, () -> SessionDetails.of("   ", LocalDate.of(2026, 3, 12), "", ""));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionDetails("Day", LocalDate.of(2026, 3, 12), "", "", 0, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionDetails("Day", LocalDate.of(2026, 3, 12), "", "", 210, 0));
    }

    @Test
    void answersAndRatingsStayInTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> Response.hands(KEY, "police", "share-now", -1));
        assertThrows(IllegalArgumentException.class, () -> new Response(KEY, "police", 1, "share-now", 1,
                ResponseSource.TABLE_DECISION, "", "", 6, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new TrustRating(MeasurePhase.BASELINE, "police", "health", -1, 3, ""));
        assertTrue(new TrustRating(MeasurePhase.BASELINE, "police", "health", TrustRating.DONT_KNOW, 3, "").saysDontKnow(),
                "0 is \"don't know / no contact\", not a score");
        assertThrows(IllegalArgumentException.class,
                () -> new ConfidenceRating(MeasurePhase.FOLLOW_UP, "kq-purpose", "police", 6, 1));
        assertThrows(IllegalArgumentException.class, () -> new AgendaPosition(-1, 0));
        assertEquals("", Response.hands(KEY, "police", "share-now", 2).rationale());
    }

    @Test
    void stagesAreNamedOnce() {
        assertEquals("Stage 2: Missed reviews", Stage.numbered(2, "Missed reviews"));
        assertEquals("Stage 2: Missed reviews", Stage.numbered(2, "Stage 2: Missed reviews"));
    }

    @Test
    void codesFromPacksAreLookedUp() {
        assertEquals(OptionKind.SEEK_ADVICE, OptionKind.byCode("seek-advice").orElseThrow());
        assertEquals(true, OptionKind.byCode("maybe").isEmpty());
    }
}
