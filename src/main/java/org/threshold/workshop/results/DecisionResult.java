package org.threshold.workshop.results;

import java.util.List;
import org.threshold.domain.DecisionKey;
import org.threshold.report.Texts;

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

    /** "Not counted: 1 agency with fewer than 3 people, ..." or empty; see {@link Suppression#notCounted}. */
    public String notCounted(int threshold) {
        return Suppression.notCounted(hiddenAgencies, threshold);
    }

    /** The label of an option, or its id when the content no longer has it. */
    public String optionLabel(String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(OptionColumn::label).findFirst().orElse(id);
    }

    /**
     * What an agency's answers came to, in the same words everywhere: the leading option's label,
     * or "Tie: Share now and Seek advice" naming every option tied for most.
     */
    public String majorityWords(AgencyResult agency) {
        if (!agency.tie()) {
            return optionLabel(agency.majorityOption());
        }
        return "Tie: " + Texts.joinAnd(agency.leaders().stream().map(this::optionLabel).toList());
    }
}
