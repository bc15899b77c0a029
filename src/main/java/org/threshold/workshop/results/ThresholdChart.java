package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.pack.OptionKind;

/**
 * The threshold chart of a scenario: for each agency, the first stage at which its majority
 * answer was to share. It is built from the suppressed stage results, so an agency hidden at a
 * stage is a gap in its row, never a guess.
 */
public final class ThresholdChart {
    private ThresholdChart() {
    }

    public static List<ThresholdRow> of(List<DecisionResult> stages) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (DecisionResult stage : stages) {
            for (AgencyResult agency : stage.agencies()) {
                labels.putIfAbsent(agency.code(), agency.label());
            }
        }
        List<ThresholdRow> rows = new ArrayList<>();
        List<ThresholdRow> combined = new ArrayList<>();
        for (Map.Entry<String, String> agency : labels.entrySet()) {
            List<OptionKind> kinds = new ArrayList<>();
            int first = -1;
            for (int s = 0; s < stages.size(); s++) {
                OptionKind kind = kindAt(stages.get(s), agency.getKey());
                kinds.add(kind);
                if (first < 0 && kind == OptionKind.SHARE) {
                    first = s;
                }
            }
            ThresholdRow row = new ThresholdRow(agency.getKey(), agency.getValue(), kinds, first);
            (Suppression.OTHER_CODE.equals(agency.getKey()) ? combined : rows).add(row);
        }
        rows.addAll(combined);
        return rows;
    }

    private static OptionKind kindAt(DecisionResult stage, String code) {
        // A majority for an option no longer in the content has no kind: a gap, as for an agency not shown.
        return stage.agencies().stream().filter(a -> a.code().equals(code) && a.total() > 0).findFirst()
                .map(AgencyResult::majorityKind).orElse(null);
    }
}
