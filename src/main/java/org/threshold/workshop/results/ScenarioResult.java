package org.threshold.workshop.results;

import java.util.List;
import org.threshold.domain.pack.Scenario;

/** A scenario as run: every stage's decision results and the threshold chart. */
public record ScenarioResult(long agendaItemId, Scenario scenario, List<DecisionResult> stages,
                             List<ThresholdRow> thresholdChart) {
    public ScenarioResult {
        stages = List.copyOf(stages);
        thresholdChart = List.copyOf(thresholdChart);
    }
}
