package org.threshold.domain;

import java.util.Objects;

/**
 * An agency's answer at one decision point for one option.
 * A show of hands gives one row per option with its count; a table decision gives one row
 * with count 1 and the table's reasons.
 *
 * @param tableNo    which of the agency's tables answered (1, 2, ...), or 0 for a show of hands
 * @param confidence 1-5, or 0 when not asked
 */
public record Response(
        DecisionKey key,
        String agencyCode,
        int tableNo,
        String optionId,
        int count,
        ResponseSource source,
        String withWhom,
        String basis,
        int confidence,
        String rationale) {

    public Response {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(optionId, "optionId");
        Objects.requireNonNull(source, "source");
        withWhom = withWhom == null ? "" : withWhom;
        basis = basis == null ? "" : basis;
        rationale = rationale == null ? "" : rationale;
        if (tableNo < 0) {
            throw new IllegalArgumentException("A table number cannot be negative");
        }
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
        if (confidence < 0 || confidence > 5) {
            throw new IllegalArgumentException("Confidence is from 1 to 5");
        }
    }

    public static Response hands(DecisionKey key, String agency, String option, int count) {
        return new Response(key, agency, 0, option, count, ResponseSource.SHOW_OF_HANDS, "", "", 0, "");
    }
}
