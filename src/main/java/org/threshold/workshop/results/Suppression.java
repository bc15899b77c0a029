package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Small-number suppression (DOMAIN.md, "Privacy inside the tool itself"). An agency slice with
 * fewer answers than the session's anonymity threshold is never shown on its own: the small
 * slices are merged into one "Other agencies (combined)" slice when together they reach the
 * threshold, and hidden otherwise. Callers must not show totals that include hidden slices,
 * or the hidden answers could be worked out by subtraction.
 */
public final class Suppression {
    public static final String OTHER_CODE = "other-agencies";
    public static final String OTHER_LABEL = "Other agencies (combined)";

    private Suppression() {
    }

    /** One agency's share of some measure, with the number of answers it rests on. */
    public record Slice<T>(String code, String label, int n, T value, boolean combined) {
    }

    /** What may be shown, and how much was left out. */
    public record Result<T>(List<Slice<T>> shown, int hiddenAgencies, int hiddenAnswers) {
        public Result {
            shown = List.copyOf(shown);
        }
    }

    /**
     * Applies the rule to slices given in display order; the combined slice, if any, goes last.
     * Slices with no answers at all are dropped: there is nothing to show or protect.
     */
    public static <T> Result<T> apply(List<Slice<T>> slices, int threshold, BinaryOperator<T> merge) {
        List<Slice<T>> shown = new ArrayList<>();
        List<Slice<T>> small = new ArrayList<>();
        for (Slice<T> slice : slices) {
            if (slice.n() <= 0) {
                continue;
            }
            if (slice.n() >= threshold) {
                shown.add(slice);
            } else {
                small.add(slice);
            }
        }
        if (small.isEmpty()) {
            return new Result<>(shown, 0, 0);
        }
        int mergedN = small.stream().mapToInt(Slice::n).sum();
        if (mergedN >= threshold) {
            T merged = small.get(0).value();
            for (int i = 1; i < small.size(); i++) {
                merged = merge.apply(merged, small.get(i).value());
            }
            shown.add(new Slice<>(OTHER_CODE, OTHER_LABEL, mergedN, merged, true));
            return new Result<>(shown, 0, 0);
        }
        return new Result<>(shown, small.size(), mergedN);
    }
}
