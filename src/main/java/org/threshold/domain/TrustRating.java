package org.threshold.domain;

import java.util.Objects;

/**
 * How far one agency trusts another to handle shared information appropriately (directional:
 * the "from" agency trusts the "to" agency).
 *
 * @param score 1-5
 * @param n     how many practitioners the rating speaks for
 */
public record TrustRating(
        MeasurePhase phase, String fromAgency, String toAgency, int score, int n, String comment) {

    public TrustRating {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(fromAgency, "fromAgency");
        Objects.requireNonNull(toAgency, "toAgency");
        comment = comment == null ? "" : comment;
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A trust score is from 1 to 5");
        }
        if (n < 0) {
            throw new IllegalArgumentException("n cannot be negative");
        }
    }
}
