package org.threshold.domain;

import java.util.Objects;

/**
 * How many of an agency's practitioners called a myth-or-fact statement a myth, and how many a
 * fact, in the round before or the round after the day's work.
 */
public record MythAnswer(MeasurePhase phase, String itemId, String agencyCode, int saidMyth, int saidFact) {
    public MythAnswer {
        // Archives saved before myth rounds had phases carry none: they held one round, read as the first.
        phase = phase == null ? MeasurePhase.BASELINE : phase;
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(agencyCode, "agencyCode");
        if (saidMyth < 0 || saidFact < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
    }
}
