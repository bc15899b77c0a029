package org.threshold.domain;

import java.util.Objects;

/** How many of an agency's practitioners called a myth-or-fact statement a myth, and how many a fact. */
public record MythAnswer(String itemId, String agencyCode, int saidMyth, int saidFact) {
    public MythAnswer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(agencyCode, "agencyCode");
        if (saidMyth < 0 || saidFact < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
    }
}
