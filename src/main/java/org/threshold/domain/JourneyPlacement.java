package org.threshold.domain;

import java.util.Objects;

/**
 * How many of an agency's people place the partnership at one stage of the information-sharing
 * journey. A show of hands gives a row per stage with its count; a table decision one row
 * counting the agency's headcount.
 *
 * @param tableNo which of the agency's tables answered (1, 2, ...), or 0 for a show of hands
 */
public record JourneyPlacement(String agencyCode, int tableNo, String stageId, int count, ResponseSource source) {
    public JourneyPlacement {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(source, "source");
        if (tableNo < 0 || count < 0) {
            throw new IllegalArgumentException("A table number or count cannot be negative");
        }
    }
}
