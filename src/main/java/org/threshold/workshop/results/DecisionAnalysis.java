package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
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
 * a table of five weighs as five hands. Agencies are shown or hidden by {@link Suppression}.
 * Used by the report and by the live results screen.
 */
public final class DecisionAnalysis {
    private final Suppression suppression;

    public DecisionAnalysis(Suppression suppression) {
        this.suppression = suppression;
    }

    /** Suppressed by each agency's planned headcount. */
    public DecisionAnalysis(List<SessionAgency> agencies, int anonymityThreshold) {
        this(Suppression.byHeadcount(agencies, anonymityThreshold));
    }

    public DecisionResult analyse(DecisionKey key, Scenario scenario, List<Response> responses) {
        Stage stage = scenario.stages().get(key.stageIndex());
        Decision decision = stage.decision();
        List<OptionColumn> options = columns(decision, responses);
        Map<String, int[]> byAgency = new LinkedHashMap<>();
        for (Response r : responses) {
            if (r.key().equals(key)) {
                byAgency.computeIfAbsent(r.agencyCode(), code -> new int[options.size()])[indexOf(options, r.optionId())]
                        += r.count();
            }
        }
        Suppression.Result<int[]> result = suppression.narrowedTo(phoneOnly(key, responses))
                .apply(byAgency, DecisionAnalysis::sum, DecisionAnalysis::add);
        List<AgencyResult> shown = result.shown().stream().map(s -> toResult(s, options)).toList();
        int[] totals = new int[options.size()];
        result.shown().forEach(s -> add(totals, s.value()));
        List<String> appropriate = decision.guidance() == null ? List.of() : decision.guidance().appropriate();
        return new DecisionResult(key, scenario.id(), scenario.title(), key.stageIndex(), stage.title(),
                decision.question(), options, shown, box(totals), result.hiddenAgencies(), result.hiddenAnswers(),
                Divergence.of(shown), appropriate, decision.asker().map(Requester::who).orElse(""), decision.decidedBy());
    }

    /** The agencies that answered this stage on phones alone, with how many phones: each phone answers once. */
    private static Map<String, Integer> phoneOnly(DecisionKey key, List<Response> responses) {
        PhoneOnly phoneOnly = new PhoneOnly();
        for (Response r : responses) {
            if (r.key().equals(key)) {
                if (r.source() == ResponseSource.DEVICE) {
                    phoneOnly.phones(r.agencyCode(), r.count());
                } else {
                    phoneOnly.typed(r.agencyCode());
                }
            }
        }
        return phoneOnly.agencies();
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

    /** The option (or options, in a tie) with most answers, and the kind they amount to. */
    private static AgencyResult toResult(Suppression.Slice<int[]> slice, List<OptionColumn> options) {
        int[] counts = slice.value();
        int most = Arrays.stream(counts).max().orElse(0);
        List<String> leaders = new ArrayList<>();
        Set<OptionKind> kinds = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == most) {
                leaders.add(options.get(i).id());
                kinds.add(options.get(i).kind());
            }
        }
        // Options of one kind tying (two ways of sharing, say) still say what the agency would do.
        OptionKind kind = kinds.size() == 1 ? kinds.iterator().next() : null;
        return new AgencyResult(slice.code(), slice.label(), slice.combined(), box(counts), sum(counts), leaders, kind);
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
