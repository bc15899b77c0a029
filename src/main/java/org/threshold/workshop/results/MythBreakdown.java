package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.MythItem;

/**
 * The room's answers to one myth-or-fact statement, agency by agency, after small-number
 * suppression. The room totals add up the shown rows only: a total that included a hidden
 * agency would give its answers away by subtraction.
 *
 * @param agencies       shown rows in the session's agency order, the combined small agencies last
 * @param saidMyth       how many in the shown rows called it a myth
 * @param hiddenAgencies agencies left out because they were too few, even combined
 */
public record MythBreakdown(String itemId, boolean isMyth, List<Row> agencies, int saidMyth, int saidFact,
                            int hiddenAgencies) {
    public MythBreakdown {
        agencies = List.copyOf(agencies);
    }

    /** One agency's (or the combined small agencies') answers. */
    public record Row(String code, String label, boolean combined, int saidMyth, int saidFact) {
        public int total() {
            return saidMyth + saidFact;
        }
    }

    public int total() {
        return saidMyth + saidFact;
    }

    /** How many in the shown rows gave the right answer. */
    public int correct() {
        return isMyth ? saidMyth : saidFact;
    }

    /** "Not counted: ..." when agencies were left out, or empty; see {@link Suppression#notCounted}. */
    public String notCounted(int threshold) {
        return Suppression.notCounted(hiddenAgencies, threshold);
    }

    public static MythBreakdown of(MythItem item, List<MythAnswer> answers, List<SessionAgency> agencies, int threshold) {
        return of(item, answers, Suppression.byHeadcount(agencies, threshold));
    }

    public static MythBreakdown of(MythItem item, List<MythAnswer> answers, Suppression suppression) {
        Map<String, int[]> byAgency = new LinkedHashMap<>();
        for (MythAnswer a : answers) {
            if (a.itemId().equals(item.id())) {
                int[] counts = byAgency.computeIfAbsent(a.agencyCode(), code -> new int[2]);
                counts[0] += a.saidMyth();
                counts[1] += a.saidFact();
            }
        }
        Suppression.Result<int[]> result = suppression.apply(byAgency, c -> c[0] + c[1],
                (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]});
        List<Row> rows = new ArrayList<>();
        int myth = 0;
        int fact = 0;
        for (Suppression.Slice<int[]> slice : result.shown()) {
            rows.add(new Row(slice.code(), slice.label(), slice.combined(), slice.value()[0], slice.value()[1]));
            myth += slice.value()[0];
            fact += slice.value()[1];
        }
        return new MythBreakdown(item.id(), item.isMyth(), rows, myth, fact, result.hiddenAgencies());
    }
}
