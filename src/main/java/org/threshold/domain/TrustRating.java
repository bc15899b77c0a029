package org.threshold.domain;

import java.util.Objects;

/**
 * How far one agency trusts another to handle shared information appropriately (directional:
 * the "from" agency trusts the "to" agency).
 *
 * @param score 1-5, or {@link #DONT_KNOW} when the rating agency does not know the other or has
 *              had no contact with it: that is not a score, and no average ever includes it
 * @param n     how many practitioners the rating speaks for
 */
public record TrustRating(
        MeasurePhase phase, String fromAgency, String toAgency, int score, int n, String comment) {

    /** The answer "don't know / no contact", kept beside the scores but never counted as one. */
    public static final int DONT_KNOW = 0;

    public TrustRating {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(fromAgency, "fromAgency");
        Objects.requireNonNull(toAgency, "toAgency");
        comment = comment == null ? "" : comment;
        if (score < DONT_KNOW || score > 5) {
            throw new IllegalArgumentException("A trust score is from 1 to 5, or 0 for don't know");
        }
        if (n < 0) {
            throw new IllegalArgumentException("n cannot be negative");
        }
    }

    /** Not named isDontKnow: archives write a rating's record components, and nothing else. */
    public boolean saysDontKnow() {
        return score == DONT_KNOW;
    }
}
