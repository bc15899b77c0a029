package org.threshold.workshop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a facilitator in the UK writes them: "Thursday 12 March 2026". */
public final class Dates {
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String spoken(LocalDate date) {
        return SPOKEN.format(date);
    }

    /** "18 December 2026": a due date, where the weekday would only crowd the line. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
