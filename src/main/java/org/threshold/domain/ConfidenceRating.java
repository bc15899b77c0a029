package org.threshold.domain;

import java.util.Objects;

/** How many of an agency's practitioners gave a confidence score (1-5) to one item. */
public record ConfidenceRating(MeasurePhase phase, String itemId, String agencyCode, int score, int count) {
    public ConfidenceRating {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(agencyCode, "agencyCode");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A confidence score is from 1 to 5");
        }
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
    }
}
