package org.threshold.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.domain.pack.PackMetadata;

/** A pack says when its law was last checked; the app warns once that is more than twelve months ago. */
class LawCurrencyTest {
    private static PackMetadata checkedOn(LocalDate date) {
        return new PackMetadata("p", "P", "1", "England", List.of(), List.of(), "", "", date);
    }

    @Test
    void aRecentCheckIsShownWithoutAWarning() {
        LawCurrency currency = LawCurrency.of(checkedOn(LocalDate.of(2026, 11, 20)), LocalDate.of(2027, 11, 20));
        assertFalse(currency.stale(), "exactly twelve months is still current");
        assertEquals("Law and guidance last checked Friday 20 November 2026.", currency.message());
    }

    @Test
    void moreThanTwelveMonthsWarns() {
        LawCurrency currency = LawCurrency.of(checkedOn(LocalDate.of(2026, 11, 20)), LocalDate.of(2027, 11, 21));
        assertTrue(currency.stale());
        assertTrue(currency.message().startsWith("Law and guidance last checked Friday 20 November 2026. That is more than 12 months ago"),
                currency.message());
    }

    @Test
    void aPackThatDoesNotSayWarns() {
        LawCurrency currency = LawCurrency.of(checkedOn(null), LocalDate.of(2026, 11, 21));
        assertTrue(currency.stale());
        assertNull(currency.checkedOn());
        assertTrue(currency.message().startsWith("This pack does not say when its law"), currency.message());
    }
}
