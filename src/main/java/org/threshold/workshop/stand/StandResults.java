package org.threshold.workshop.stand;

import java.util.List;

/**
 * "Where we stand" for one session, analysed and suppressed: the journey spread, each statement's
 * distribution, and the weakest statements, which are where the actions come from.
 *
 * @param statements     every statement with a shown answer, in the pack's order
 * @param weakest        up to {@link StandAnalysis#WEAKEST} statements with the lowest mean, lowest first
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
