package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Response;
import org.threshold.domain.pack.Scenario;

/** Runs every part of the results analysis over one session. Pure: no store, no clock. */
public final class ResultsAnalysis {
    static final int MOST_DIVERGENT = 5;

    public SessionResults analyse(ResultsInput input) {
        int threshold = input.anonymityThreshold();
        Suppression suppression = Suppression.byHeadcount(input.agencies(), threshold);
        DecisionAnalysis decisions = new DecisionAnalysis(suppression);
        List<ScenarioResult> scenarios = new ArrayList<>();
        List<DecisionResult> all = new ArrayList<>();
        // Grouped once: a long day has tens of thousands of answers over forty decision points.
        Map<DecisionKey, List<Response>> answersByKey = input.responses().stream()
                .collect(Collectors.groupingBy(Response::key));
        for (AgendaItem item : input.agenda()) {
            if (item.kind() != AgendaItemKind.SCENARIO) {
                continue;
            }
            Scenario scenario = input.pack().scenario(item.contentRef()).orElse(null);
            if (scenario == null) {
                continue;
            }
            List<DecisionResult> stages = new ArrayList<>();
            for (int s = 0; s < scenario.stages().size(); s++) {
                DecisionKey key = new DecisionKey(item.id(), s);
                List<Response> answers = answersByKey.getOrDefault(key, List.of());
                stages.add(decisions.analyse(key, scenario, answers));
            }
            all.addAll(stages);
            scenarios.add(new ScenarioResult(item.id(), scenario, stages, ThresholdChart.of(stages)));
        }
        Suppression measured = suppression.narrowedTo(input.measuresPhoneOnly());
        MeasureAnalysis measures = new MeasureAnalysis(measured);
        return new SessionResults(threshold, scenarios, Divergence.top(all, MOST_DIVERGENT),
                new TrustAnalysis(input.agencies(), measured).analyse(input.trust()),
                measures.confidence(input.pack().exercises().confidenceItems(), input.confidence()),
                measures.myths(input.pack().exercises().mythOrFact(), input.myths()),
                measures.knowledge(input.pack().exercises().mythOrFact(), input.myths()));
    }
}
