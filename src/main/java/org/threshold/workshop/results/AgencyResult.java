package org.threshold.workshop.results;

import java.util.List;
import org.threshold.domain.pack.OptionKind;

/**
 * One agency's answers at a decision point (or the combined small agencies').
 *
 * @param counts         answers per option, in the decision's option order
 * @param majorityOption the option with most answers; ties go to the option listed first
 * @param majorityKind   that option's kind, or null when the option is no longer in the content
 * @param tie            whether another option had as many answers
 */
public record AgencyResult(
        String code,
        String label,
        boolean combined,
        List<Integer> counts,
        int total,
        String majorityOption,
        OptionKind majorityKind,
        boolean tie) {

    public AgencyResult {
        counts = List.copyOf(counts);
    }
}
