package org.threshold.workshop.results;

import java.util.List;

/**
 * The room's confidence in one item before and after, across the agencies that may be shown.
 *
 * @param before        how many gave each score 1-5 (index 0 is score 1), over the shown agencies
 * @param nBefore       answers counted before; agencies too small to show are not in it
 * @param hiddenBefore  agencies left out before, too small to show even combined
 * @param suppressed    true when a phase had answers but none that could be shown
 */
public record ConfidenceShift(String itemId, String text, List<Integer> before, List<Integer> after,
                              int nBefore, int nAfter, Double meanBefore, Double meanAfter,
                              int hiddenBefore, int hiddenAfter, boolean suppressed) {
    public ConfidenceShift {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Mean after minus mean before, when both are known. */
    public Double shift() {
        return meanBefore == null || meanAfter == null ? null : meanAfter - meanBefore;
    }

    /** The larger of the two phases' hidden agencies: what a note under both must own up to. */
    public int hiddenAgencies() {
        return Math.max(hiddenBefore, hiddenAfter);
    }
}
