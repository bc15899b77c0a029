package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.MythItem;

/**
 * Confidence shifts and myth-or-fact results. Room-wide figures resting on fewer people than
 * the threshold are suppressed; knowledge by agency goes through the same small-agency rule as
 * every other agency breakdown.
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

    /** One result per statement answered, in the content's order, with each round the room ran. */
    public List<MythResult> myths(List<MythItem> items, List<MythAnswer> answers) {
        List<MythResult> results = new ArrayList<>();
        for (MythItem item : items) {
            MythRound before = round(item, answers, MeasurePhase.BASELINE);
            MythRound after = round(item, answers, MeasurePhase.FOLLOW_UP);
            if (before.ran() || after.ran()) {
                results.add(new MythResult(item.id(), item.statement(), item.isMyth(), item.explanation(), before, after));
            }
        }
        return results;
    }

    /**
     * Each agency's share of right answers over all statements, per round. An agency's size is
     * its people (the most answers it gave to any one statement), and small agencies are
     * combined or hidden round by round, as everywhere else.
     */
    public List<KnowledgeChange> knowledge(List<MythItem> items, List<MythAnswer> answers, List<SessionAgency> agencies) {
        Map<String, String> labels = new LinkedHashMap<>();
        agencies.forEach(a -> labels.put(a.code(), a.name()));
        answers.forEach(a -> labels.putIfAbsent(a.agencyCode(), a.agencyCode()));
        Map<String, MythRound> before = byAgency(items, answers, labels, MeasurePhase.BASELINE);
        Map<String, MythRound> after = byAgency(items, answers, labels, MeasurePhase.FOLLOW_UP);
        List<KnowledgeChange> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>(labels.keySet());
        codes.add(Suppression.OTHER_CODE);
        for (String code : codes) {
            MythRound b = before.getOrDefault(code, MythRound.NOT_RUN);
            MythRound a = after.getOrDefault(code, MythRound.NOT_RUN);
            if (b.ran() || a.ran()) {
                boolean combined = Suppression.OTHER_CODE.equals(code);
                rows.add(new KnowledgeChange(code, combined ? Suppression.OTHER_LABEL : labels.get(code), combined, b, a));
            }
        }
        return rows;
    }

    private Map<String, MythRound> byAgency(List<MythItem> items, List<MythAnswer> answers, Map<String, String> labels,
                                            MeasurePhase phase) {
        List<Suppression.Slice<int[]>> slices = new ArrayList<>();
        for (Map.Entry<String, String> agency : labels.entrySet()) {
            int[] counts = new int[2];
            int people = 0;
            for (MythItem item : items) {
                int given = 0;
                for (MythAnswer a : answers) {
                    if (a.phase() == phase && a.itemId().equals(item.id()) && a.agencyCode().equals(agency.getKey())) {
                        counts[0] += item.isMyth() ? a.saidMyth() : a.saidFact();
                        given += a.saidMyth() + a.saidFact();
                    }
                }
                counts[1] += given;
                people = Math.max(people, given);
            }
            slices.add(new Suppression.Slice<>(agency.getKey(), agency.getValue(), people, counts, false));
        }
        Map<String, MythRound> rounds = new LinkedHashMap<>();
        for (Suppression.Slice<int[]> shown : Suppression.apply(slices, threshold,
                (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]}).shown()) {
            rounds.put(shown.code(), MythRound.of(shown.value()[0], shown.value()[1], true));
        }
        return rounds;
    }

    private MythRound round(MythItem item, List<MythAnswer> answers, MeasurePhase phase) {
        int correct = 0;
        int total = 0;
        for (MythAnswer a : answers) {
            if (a.phase() == phase && a.itemId().equals(item.id())) {
                correct += item.isMyth() ? a.saidMyth() : a.saidFact();
                total += a.saidMyth() + a.saidFact();
            }
        }
        return MythRound.of(correct, total, total >= threshold);
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
