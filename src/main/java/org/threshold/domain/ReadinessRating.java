package org.threshold.domain;

import java.util.Objects;

/**
 * How many of an agency's people gave one readiness statement one score.
 *
 * @param score   1 to 5, or {@link #DONT_KNOW}
 * @param tableNo which of the agency's tables answered, or 0 for a show of hands
 */
public record ReadinessRating(String statementId, String agencyCode, int tableNo, int score, int count,
                              ResponseSource source) {
    /** "Don't know" is an answer of its own, never a score: it stays out of every average. */
    public static final int DONT_KNOW = 0;

    public ReadinessRating {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(source, "source");
        if (score < DONT_KNOW || score > 5) {
            throw new IllegalArgumentException("A readiness score is from 1 to 5, or don't know");
        }
        if (tableNo < 0 || count < 0) {
            throw new IllegalArgumentException("A table number or count cannot be negative");
        }
    }
}
