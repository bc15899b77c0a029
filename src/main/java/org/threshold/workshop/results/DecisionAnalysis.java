package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Requester;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;

/**
 * Counts at one decision point, per agency and option. A show of hands adds its rows' counts;
 * a table decision counts as its row's {@code count}, which carries the table's headcount, so
 * a table of five weighs as five hands. Used by the report and by the live results screen.
 */
public final class DecisionAnalysis {
    private final List<SessionAgency> agencies;
    private final int threshold;

    public DecisionAnalysis(List<SessionAgency> agencies, int anonymityThreshold) {
        this.agencies = List.copyOf(agencies);
        this.threshold = anonymityThreshold;
    }

    public DecisionResult analyse(DecisionKey key, Scenario scenario, List<Response> responses) {
        Stage stage = scenario.stages().get(key.stageIndex());
        Decision decision = stage.decision();
        List<OptionColumn> options = columns(decision, responses);
        List<Suppression.Slice<int[]>> slices = new ArrayList<>();
        for (Map.Entry<String, String> agency : agencyLabels(responses).entrySet()) {
            int[] counts = new int[options.size()];
            for (Response r : responses) {
                if (r.key().equals(key) && r.agencyCode().equals(agency.getKey())) {
                    counts[indexOf(options, r.optionId())] += r.count();
                }
            }
            slices.add(new Suppression.Slice<>(agency.getKey(), agency.getValue(), sum(counts), counts, false));
        }
        Suppression.Result<int[]> result = Suppression.apply(slices, threshold, DecisionAnalysis::add);
        List<AgencyResult> shown = result.shown().stream().map(s -> toResult(s, options)).toList();
        int[] totals = new int[options.size()];
        result.shown().forEach(s -> add(totals, s.value()));
        List<String> appropriate = decision.guidance() == null ? List.of() : decision.guidance().appropriate();
        return new DecisionResult(key, scenario.id(), scenario.title(), key.stageIndex(), stage.title(),
                decision.question(), options, shown, box(totals), result.hiddenAgencies(), result.hiddenAnswers(),
                Divergence.of(shown), appropriate, decision.asker().map(Requester::who).orElse(""), decision.decidedBy());
    }

    /** The session's agencies in their listed order, then any agency code that answered without being listed. */
    private Map<String, String> agencyLabels(List<Response> responses) {
        Map<String, String> labels = new LinkedHashMap<>();
        agencies.forEach(a -> labels.put(a.code(), a.name()));
        responses.forEach(r -> labels.putIfAbsent(r.agencyCode(), r.agencyCode()));
        return labels;
    }

    private static List<OptionColumn> columns(Decision decision, List<Response> responses) {
        List<OptionColumn> columns = new ArrayList<>();
        for (DecisionOption option : decision.options()) {
            columns.add(new OptionColumn(option.id(), option.label(), option.kind()));
        }
        for (Response r : responses) {
            if (indexOf(columns, r.optionId()) < 0) {
                columns.add(new OptionColumn(r.optionId(), r.optionId(), null));
            }
        }
        return columns;
    }

    private static AgencyResult toResult(Suppression.Slice<int[]> slice, List<OptionColumn> options) {
        int[] counts = slice.value();
        int best = 0;
        boolean tie = false;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
                tie = false;
            } else if (counts[i] == counts[best]) {
                tie = true;
            }
        }
        OptionColumn majority = options.get(best);
        OptionKind kind = majority.kind();
        return new AgencyResult(slice.code(), slice.label(), slice.combined(), box(counts), slice.n(), majority.id(),
                kind, tie && counts[best] > 0);
    }

    private static int indexOf(List<OptionColumn> options, String id) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] add(int[] into, int[] more) {
        for (int i = 0; i < into.length; i++) {
            into[i] += more[i];
        }
        return into;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    private static List<Integer> box(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }
}
