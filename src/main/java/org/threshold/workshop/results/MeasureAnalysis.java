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
 * Confidence shifts, myth-or-fact results and knowledge by agency. Each agency's answers go
 * through {@link Suppression} first and every room figure adds up the shown ones, so a room
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

    /** One result per statement answered, in the content's order, with each round the room ran. */
    public List<MythResult> myths(List<MythItem> items, List<MythAnswer> answers) {
        List<MythResult> results = new ArrayList<>();
        for (MythItem item : items) {
            MythRound before = MythRound.of(MythBreakdown.of(item, round(answers, MeasurePhase.BASELINE), suppression));
            MythRound after = MythRound.of(MythBreakdown.of(item, round(answers, MeasurePhase.FOLLOW_UP), suppression));
            if (before.ran() || after.ran()) {
                results.add(new MythResult(item.id(), item.statement(), item.isMyth(), item.explanation(), before, after));
            }
        }
        return results;
    }

    /** Each agency's share of right answers over all statements, per round, small agencies combined or left out. */
    public List<KnowledgeChange> knowledge(List<MythItem> items, List<MythAnswer> answers) {
        Map<String, Suppression.Slice<int[]>> before = byAgency(items, answers, MeasurePhase.BASELINE);
        Map<String, Suppression.Slice<int[]>> after = byAgency(items, answers, MeasurePhase.FOLLOW_UP);
        Map<String, Suppression.Slice<int[]>> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        List<KnowledgeChange> rows = new ArrayList<>();
        List<Suppression.Slice<int[]>> ordered = new ArrayList<>(all.values());
        // The combined agencies last, as in every other breakdown.
        ordered.sort((x, y) -> Boolean.compare(x.combined(), y.combined()));
        for (Suppression.Slice<int[]> slice : ordered) {
            rows.add(new KnowledgeChange(slice.code(), slice.label(), slice.combined(),
                    knowledgeRound(before.get(slice.code())), knowledgeRound(after.get(slice.code()))));
        }
        return rows;
    }

    private static MythRound knowledgeRound(Suppression.Slice<int[]> slice) {
        return slice == null ? MythRound.NOT_RUN : new MythRound(slice.value()[0], slice.value()[1],
                slice.value()[1] == 0 ? null : (double) slice.value()[0] / slice.value()[1], 0);
    }

    /** Right answers and answers given, over every statement, per agency shown in one round. */
    private Map<String, Suppression.Slice<int[]>> byAgency(List<MythItem> items, List<MythAnswer> answers,
                                                           MeasurePhase phase) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (MythItem item : items) {
            for (MythAnswer a : round(answers, phase)) {
                if (a.itemId().equals(item.id())) {
                    int[] agency = counts.computeIfAbsent(a.agencyCode(), code -> new int[2]);
                    agency[0] += item.isMyth() ? a.saidMyth() : a.saidFact();
                    agency[1] += a.saidMyth() + a.saidFact();
                }
            }
        }
        Map<String, Suppression.Slice<int[]>> shown = new LinkedHashMap<>();
        suppression.apply(counts, c -> c[1], (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]}).shown()
                .forEach(slice -> shown.put(slice.code(), slice));
        return shown;
    }

    private static List<MythAnswer> round(List<MythAnswer> answers, MeasurePhase phase) {
        return answers.stream().filter(a -> a.phase() == phase).toList();
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
