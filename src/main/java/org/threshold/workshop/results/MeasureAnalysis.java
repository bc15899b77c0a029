package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.MythItem;

/**
 * Confidence shifts and myth-or-fact results for the room as a whole. Each agency's answers go
 * through {@link Suppression} first and the room's figure adds up the shown ones, so the room
 * total here is the same number a per-agency breakdown of it would add up to.
 */
public final class MeasureAnalysis {
    private static final List<Integer> NONE = List.of(0, 0, 0, 0, 0);

    private final Suppression suppression;

    public MeasureAnalysis(Suppression suppression) {
        this.suppression = suppression;
    }

    /** One shift per item, in the content's order, then any item answered that the content no longer lists. */
    public List<ConfidenceShift> confidence(List<ConfidenceItem> items, List<ConfidenceRating> ratings) {
        Map<String, String> texts = new LinkedHashMap<>();
        items.forEach(i -> texts.put(i.id(), i.text()));
        ratings.forEach(r -> texts.putIfAbsent(r.itemId(), r.itemId()));
        List<ConfidenceShift> shifts = new ArrayList<>();
        for (Map.Entry<String, String> item : texts.entrySet()) {
            Suppression.Result<int[]> before = phase(ratings, item.getKey(), MeasurePhase.BASELINE);
            Suppression.Result<int[]> after = phase(ratings, item.getKey(), MeasurePhase.FOLLOW_UP);
            if (answered(before) == 0 && answered(after) == 0) {
                continue;
            }
            int[] shownBefore = room(before);
            int[] shownAfter = room(after);
            boolean hideBefore = before.shown().isEmpty() && before.hiddenAgencies() > 0;
            boolean hideAfter = after.shown().isEmpty() && after.hiddenAgencies() > 0;
            shifts.add(new ConfidenceShift(item.getKey(), item.getValue(),
                    hideBefore ? NONE : box(shownBefore), hideAfter ? NONE : box(shownAfter),
                    sum(shownBefore), sum(shownAfter), mean(shownBefore), mean(shownAfter),
                    before.hiddenAgencies(), after.hiddenAgencies(), hideBefore || hideAfter));
        }
        return shifts;
    }

    /** The share of the room that was right, over the agencies that may be shown. */
    public List<MythResult> myths(List<MythItem> items, List<MythAnswer> answers) {
        List<MythResult> results = new ArrayList<>();
        for (MythItem item : items) {
            MythBreakdown room = MythBreakdown.of(item, answers, suppression);
            if (room.total() == 0 && room.hiddenAgencies() == 0) {
                continue;
            }
            Double share = room.total() == 0 ? null : (double) room.correct() / room.total();
            results.add(new MythResult(item.id(), item.statement(), item.isMyth(), item.explanation(),
                    room.correct(), room.total(), share, room.hiddenAgencies()));
        }
        return results;
    }

    private Suppression.Result<int[]> phase(List<ConfidenceRating> ratings, String itemId, MeasurePhase phase) {
        Map<String, int[]> byAgency = new LinkedHashMap<>();
        for (ConfidenceRating r : ratings) {
            if (r.itemId().equals(itemId) && r.phase() == phase) {
                byAgency.computeIfAbsent(r.agencyCode(), code -> new int[5])[r.score() - 1] += r.count();
            }
        }
        return suppression.apply(byAgency, MeasureAnalysis::sum, (x, y) -> {
            int[] merged = new int[5];
            for (int i = 0; i < 5; i++) {
                merged[i] = x[i] + y[i];
            }
            return merged;
        });
    }

    private static int answered(Suppression.Result<int[]> result) {
        return result.shown().size() + result.hiddenAgencies();
    }

    private static int[] room(Suppression.Result<int[]> result) {
        int[] counts = new int[5];
        for (Suppression.Slice<int[]> slice : result.shown()) {
            for (int i = 0; i < 5; i++) {
                counts[i] += slice.value()[i];
            }
        }
        return counts;
    }

    private static Double mean(int[] counts) {
        int n = sum(counts);
        if (n == 0) {
            return null;
        }
        double total = 0;
        for (int i = 0; i < counts.length; i++) {
            total += (i + 1) * counts[i];
        }
        return total / n;
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    private static List<Integer> box(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }
}
