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
 * Confidence shifts and myth-or-fact results for the room as a whole. They are never broken
 * down by agency, so the only suppression needed is of a whole-room figure resting on fewer
 * people than the threshold.
 */
public final class MeasureAnalysis {
    private final int threshold;

    public MeasureAnalysis(int anonymityThreshold) {
        this.threshold = anonymityThreshold;
    }

    /** One shift per item, in the content's order, then any item answered that the content no longer lists. */
    public List<ConfidenceShift> confidence(List<ConfidenceItem> items, List<ConfidenceRating> ratings) {
        Map<String, String> texts = new LinkedHashMap<>();
        items.forEach(i -> texts.put(i.id(), i.text()));
        ratings.forEach(r -> texts.putIfAbsent(r.itemId(), r.itemId()));
        List<ConfidenceShift> shifts = new ArrayList<>();
        for (Map.Entry<String, String> item : texts.entrySet()) {
            int[] before = distribution(ratings, item.getKey(), MeasurePhase.BASELINE);
            int[] after = distribution(ratings, item.getKey(), MeasurePhase.FOLLOW_UP);
            int nBefore = sum(before);
            int nAfter = sum(after);
            if (nBefore == 0 && nAfter == 0) {
                continue;
            }
            boolean hideBefore = nBefore > 0 && nBefore < threshold;
            boolean hideAfter = nAfter > 0 && nAfter < threshold;
            shifts.add(new ConfidenceShift(item.getKey(), item.getValue(),
                    hideBefore ? List.of(0, 0, 0, 0, 0) : box(before), hideAfter ? List.of(0, 0, 0, 0, 0) : box(after),
                    nBefore, nAfter, hideBefore ? null : mean(before), hideAfter ? null : mean(after),
                    hideBefore || hideAfter));
        }
        return shifts;
    }

    public List<MythResult> myths(List<MythItem> items, List<MythAnswer> answers) {
        List<MythResult> results = new ArrayList<>();
        for (MythItem item : items) {
            int correct = 0;
            int total = 0;
            for (MythAnswer a : answers) {
                if (a.itemId().equals(item.id())) {
                    correct += item.isMyth() ? a.saidMyth() : a.saidFact();
                    total += a.saidMyth() + a.saidFact();
                }
            }
            if (total == 0) {
                continue;
            }
            Double share = total < threshold ? null : (double) correct / total;
            results.add(new MythResult(item.id(), item.statement(), item.isMyth(), item.explanation(),
                    share == null ? 0 : correct, total, share));
        }
        return results;
    }

    private static int[] distribution(List<ConfidenceRating> ratings, String itemId, MeasurePhase phase) {
        int[] counts = new int[5];
        for (ConfidenceRating r : ratings) {
            if (r.itemId().equals(itemId) && r.phase() == phase) {
                counts[r.score() - 1] += r.count();
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
