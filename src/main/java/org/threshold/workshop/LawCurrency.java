package org.threshold.workshop;

import java.time.LocalDate;
import org.threshold.domain.pack.PackMetadata;

/**
 * How current a pack's law is: the date its writers last checked it against the published
 * sources, and a warning once that is more than twelve months ago, or when the pack does not say:
 * law and guidance change, and a room taught last year's law shares by it.
 *
 * @param stale true when the facilitator should check the sources before running the pack
 */
public record LawCurrency(LocalDate checkedOn, boolean stale, String message) {
    /** How long a check is trusted before the app says so. */
    public static final int MONTHS = 12;

    public static LawCurrency of(PackMetadata metadata, LocalDate today) {
        LocalDate checked = metadata.lawCheckedOn();
        if (checked == null) {
            return new LawCurrency(null, true, "This pack does not say when its law and guidance were last checked. "
                    + "Check each source for a later version before you run it.");
        }
        String when = "Law and guidance last checked " + Dates.spoken(checked) + ".";
        if (checked.plusMonths(MONTHS).isBefore(today)) {
            return new LawCurrency(checked, true, when + " That is more than " + MONTHS + " months ago: check each source "
                    + "for a later version before you run it.");
        }
        return new LawCurrency(checked, false, when);
    }
}
