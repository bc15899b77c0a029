package org.threshold.workshop.results;

import java.util.List;
import org.threshold.domain.DecisionKey;

/**
 * The room's answers at one decision point, after small-number suppression.
 *
 * @param shownTotals   answers per option over the shown slices only (never including hidden ones)
 * @param hiddenAnswers answers from agencies too small to show, even combined
 * @param divergence    see {@link Divergence}
 * @param appropriate   ids of the options the content calls appropriate here
 * @param requester     who asked, when the decision is what to tell a third party; empty otherwise.
 *                      A "share" there is a disclosure to them, not joining up with the other agencies
 * @param decidedBy     the agency code the question is about, when each agency said what it would
 *                      want that agency to do; empty otherwise
 */
public record DecisionResult(
        DecisionKey key,
        String scenarioId,
        String scenarioTitle,
        int stageIndex,
        String stageTitle,
        String question,
        List<OptionColumn> options,
        List<AgencyResult> agencies,
        List<Integer> shownTotals,
        int hiddenAgencies,
        int hiddenAnswers,
        double divergence,
        List<String> appropriate,
        String requester,
        String decidedBy) {

    public DecisionResult {
        options = List.copyOf(options);
        agencies = List.copyOf(agencies);
        shownTotals = List.copyOf(shownTotals);
        appropriate = List.copyOf(appropriate);
    }

    public int shownAnswers() {
        return shownTotals.stream().mapToInt(Integer::intValue).sum();
    }
}
