package org.threshold.workshop.stand;

import java.util.List;

/**
 * "Where we stand" for one session, analysed and suppressed: the journey spread, each statement's
 * distribution, and the weakest statements, which are where the actions come from.
 *
 * @param statements     every statement with a shown answer, in the pack's order
 * @param weakest        the statements with the lowest mean, lowest first: up to {@link StandAnalysis#WEAKEST},
 *                       and no more than half of those rated, so "weakest" always singles some out
 * @param hiddenAgencies agencies whose readiness ratings are left out because they were too few, even combined
 */
public record StandResults(JourneySpread journey, List<StatementResult> statements, List<StatementResult> weakest,
                           int hiddenAgencies) {
    public StandResults {
        statements = List.copyOf(statements);
        weakest = List.copyOf(weakest);
    }

    public boolean isEmpty() {
        return journey.isEmpty() && statements.isEmpty();
    }

    public List<StatementResult> mostlyUnknown() {
        return statements.stream().filter(StatementResult::mostlyUnknown).toList();
    }
}
