package org.threshold.workshop.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.pack.OptionKind;

/**
 * How far the agencies disagreed at a decision point: 1 minus the share of agencies (shown
 * slices, the combined one counting once) whose majority answer is of the most common kind.
 * 0 means every agency would do the same kind of thing (all share, say); with four kinds and
 * eight agencies split two, two, two, two it is 0.75. It compares kinds, not options, because
 * two "share" options differing only in whom to share with are agreement for this purpose. An
 * agency split between kinds agrees with no one.
 */
public final class Divergence {
    private Divergence() {
    }

    public static double of(List<AgencyResult> agencies) {
        if (agencies.size() < 2) {
            return 0;
        }
        Map<OptionKind, Integer> byKind = new HashMap<>();
        for (AgencyResult agency : agencies) {
            if (!agency.split()) {
                byKind.merge(agency.majorityKind(), 1, Integer::sum);
            }
        }
        int agreeing = byKind.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return 1.0 - (double) agreeing / agencies.size();
    }

    /** The most divergent decision points, most divergent first; points where all agreed are left out. */
    public static List<DecisionResult> top(List<DecisionResult> decisions, int limit) {
        return decisions.stream().filter(d -> d.divergence() > 0)
                .sorted((a, b) -> Double.compare(b.divergence(), a.divergence()))
                .limit(limit)
                .toList();
    }
}
