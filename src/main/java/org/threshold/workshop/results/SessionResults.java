package org.threshold.workshop.results;

import java.util.List;

/**
 * Everything the results analysis finds in one session, already suppressed for small numbers.
 *
 * @param mostDivergent the decision points where agencies disagreed most, most divergent first
 */
public record SessionResults(
        int anonymityThreshold,
        List<ScenarioResult> scenarios,
        List<DecisionResult> mostDivergent,
        TrustResults trust,
        List<ConfidenceShift> confidence,
        List<MythResult> myths,
        List<KnowledgeChange> knowledge) {

    public SessionResults {
        scenarios = List.copyOf(scenarios);
        mostDivergent = List.copyOf(mostDivergent);
        confidence = List.copyOf(confidence);
        myths = List.copyOf(myths);
        knowledge = List.copyOf(knowledge);
    }
}
