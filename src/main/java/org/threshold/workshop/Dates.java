package org.threshold.workshop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a facilitator in the UK writes them: "Thursday 12 March 2026". */
public final class Dates {
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String spoken(LocalDate date) {
        return SPOKEN.format(date);
    }
}
