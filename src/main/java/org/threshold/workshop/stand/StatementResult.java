package org.threshold.workshop.stand;

import java.util.List;

/**
 * The room's ratings of one readiness statement, over the agencies that may be shown.
 *
 * @param counts    people giving each score 1 to 5 (index 0 is score 1)
 * @param dontKnow  people who said they do not know: an answer of its own, never in the mean
 * @param mean      the mean score of those who gave one, or null when nobody did
 * @param agencies  the shown agencies' own answers, the combined small agencies last: the raw answers an export carries
 * @param hiddenAgencies agencies that rated this statement but are left out of it, too few even combined
 */
public record StatementResult(String statementId, String text, String evidence, String area, List<Integer> counts,
                              int dontKnow, Double mean, List<AgencyRatings> agencies, int hiddenAgencies) {
    public StatementResult {
        counts = List.copyOf(counts);
        agencies = List.copyOf(agencies);
    }

    /** One agency's (or the combined small agencies') people per score 1 to 5, and don't know. */
    public record AgencyRatings(String code, String label, boolean combined, List<Integer> counts, int dontKnow) {
        public AgencyRatings {
            counts = List.copyOf(counts);
        }
    }

    /** Everyone counted, "don't know" included. */
    public int people() {
        return counts.stream().mapToInt(Integer::intValue).sum() + dontKnow;
    }

    /** Half or more of those who answered do not know: a gap of its own, whatever the mean. */
    public boolean mostlyUnknown() {
        return people() > 0 && dontKnow * 2 >= people();
    }
}
