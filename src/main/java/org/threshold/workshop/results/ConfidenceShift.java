package org.threshold.workshop.results;

import java.util.List;

/**
 * The room's confidence in one item before and after, across all agencies together.
 *
 * @param before     how many gave each score 1-5 (index 0 is score 1); all zero when suppressed
 * @param suppressed true when fewer people than the anonymity threshold answered in a phase
 */
public record ConfidenceShift(String itemId, String text, List<Integer> before, List<Integer> after,
                              int nBefore, int nAfter, Double meanBefore, Double meanAfter, boolean suppressed) {
    public ConfidenceShift {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Mean after minus mean before, when both are known. */
    public Double shift() {
        return meanBefore == null || meanAfter == null ? null : meanAfter - meanBefore;
    }
}
