package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.ToIntFunction;
import org.threshold.domain.SessionAgency;
import org.threshold.report.Texts;

/**
 * The one anonymity rule every figure goes through (docs/anonymity.md). An agency whose group
 * size (see {@link GroupSizes}) is below the session's threshold is never shown on its own: the
 * small agencies that answered are merged into one "Other agencies (combined)" slice when their
 * group sizes together reach the threshold, and hidden otherwise. A hidden agency is then left
 * out of every total built from the result, so no total differs from the shown rows by exactly
 * its answers, and the figure says how many agencies it does not count.
 */
public final class Suppression {
    public static final String OTHER_CODE = "other-agencies";
    public static final String OTHER_LABEL = "Other agencies (combined)";

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final GroupSizes sizes;
    private final int threshold;

    public Suppression(List<SessionAgency> agencies, GroupSizes sizes, int threshold) {
        agencies.forEach(a -> labels.put(a.code(), a.name()));
        this.sizes = sizes;
        this.threshold = threshold;
    }

    private Suppression(Map<String, String> labels, GroupSizes sizes, int threshold) {
        this.labels.putAll(labels);
        this.sizes = sizes;
        this.threshold = threshold;
    }

    /** The same rule for a figure some agencies answered by phone only: see {@link GroupSizes#narrowedTo}. */
    public Suppression narrowedTo(Map<String, Integer> phoneOnly) {
        return phoneOnly.isEmpty() ? this : new Suppression(labels, sizes.narrowedTo(phoneOnly), threshold);
    }

    /** The rule as the room uses it today: group size is the planned headcount. */
    public static Suppression byHeadcount(List<SessionAgency> agencies, int threshold) {
        return new Suppression(agencies, GroupSizes.headcounts(agencies), threshold);
    }

    public int threshold() {
        return threshold;
    }

    /** An agency's name, or its code when the session does not list it; the combined slice's label. */
    public String label(String code) {
        return OTHER_CODE.equals(code) ? OTHER_LABEL : labels.getOrDefault(code, code);
    }

    /** One agency's share of some figure, with the group size it stands for. */
    public record Slice<T>(String code, String label, int groupSize, T value, boolean combined) {
    }

    /** What may be shown, and how much was left out. Totals must add up {@code shown} only. */
    public record Result<T>(List<Slice<T>> shown, int hiddenAgencies, int hiddenAnswers) {
        public Result {
            shown = List.copyOf(shown);
        }
    }

    /**
     * Applies the rule to each answering agency's value. Agencies come out in the session's
     * order, then any the session does not list, the combined slice last. An agency with no
     * answers at all is dropped: there is nothing to show or protect.
     *
     * @param answers how many answers a value holds
     * @param merge   adds two values together, for the combined slice
     */
    public <T> Result<T> apply(Map<String, T> byAgency, ToIntFunction<T> answers, BinaryOperator<T> merge) {
        List<String> order = new ArrayList<>(labels.keySet());
        byAgency.keySet().stream().filter(code -> !labels.containsKey(code)).forEach(order::add);
        List<Slice<T>> shown = new ArrayList<>();
        List<Slice<T>> small = new ArrayList<>();
        for (String code : order) {
            T value = byAgency.get(code);
            if (value == null || answers.applyAsInt(value) <= 0) {
                continue;
            }
            Slice<T> slice = new Slice<>(code, label(code), Math.max(0, sizes.of(code)), value, false);
            (slice.groupSize() >= threshold ? shown : small).add(slice);
        }
        if (small.isEmpty()) {
            return new Result<>(shown, 0, 0);
        }
        int mergedSize = small.stream().mapToInt(Slice::groupSize).sum();
        if (mergedSize >= threshold) {
            T merged = small.get(0).value();
            for (int i = 1; i < small.size(); i++) {
                merged = merge.apply(merged, small.get(i).value());
            }
            shown.add(new Slice<>(OTHER_CODE, OTHER_LABEL, mergedSize, merged, true));
            return new Result<>(shown, 0, 0);
        }
        int hiddenAnswers = small.stream().mapToInt(s -> answers.applyAsInt(s.value())).sum();
        return new Result<>(shown, small.size(), hiddenAnswers);
    }

    /**
     * What a figure says when it leaves agencies out: "Not counted: 1 agency with fewer than 3
     * people, too few to stay anonymous." Empty when nothing was left out. The same words on the
     * projector and in every export.
     */
    public static String notCounted(int hiddenAgencies, int threshold) {
        if (hiddenAgencies <= 0) {
            return "";
        }
        return "Not counted: " + Texts.plural(hiddenAgencies, "agency", "agencies") + " with fewer than " + threshold
                + " people, too few to stay anonymous.";
    }
}
