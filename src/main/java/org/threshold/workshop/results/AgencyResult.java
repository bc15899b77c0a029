package org.threshold.workshop.results;

import java.util.List;
import org.threshold.domain.pack.OptionKind;

/**
 * One agency's answers at a decision point (or the combined small agencies').
 *
 * @param counts       answers per option, in the decision's option order
 * @param leaders      the option with most answers, or every option tied for most, in option order
 * @param majorityKind what the leading option amounts to; null when tied options differ in kind
 *                     (see {@link #split()}) or when the option is no longer in the content
 */
public record AgencyResult(
        String code,
        String label,
        boolean combined,
        List<Integer> counts,
        int total,
        List<String> leaders,
        OptionKind majorityKind) {

    public AgencyResult {
        counts = List.copyOf(counts);
        leaders = List.copyOf(leaders);
        if (leaders.isEmpty()) {
            throw new IllegalArgumentException("An agency result needs its leading option");
        }
    }

    /** The leading option; in a tie, the first of the tied options listed. */
    public String majorityOption() {
        return leaders.get(0);
    }

    /** Whether more than one option had the most answers. */
    public boolean tie() {
        return leaders.size() > 1;
    }

    /** A tie between options of different kinds: the agency has no majority kind. */
    public boolean split() {
        return tie() && majorityKind == null;
    }
}
