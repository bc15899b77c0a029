package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.pack.OptionKind;

/**
 * The threshold chart of a scenario: for each agency, the first stage at which its majority
 * answer was to share. It is built from the suppressed stage results, so an agency hidden at a
 * stage is a gap in its row, never a guess; a tie between kinds is marked split, never counted as
 * sharing. A stage that asks what to tell a third party who asked is charted but never counted as
 * that first share: giving a caller what they ask for is not joining up with the other agencies.
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
            List<Integer> splits = new ArrayList<>();
            int first = -1;
            for (int s = 0; s < stages.size(); s++) {
                AgencyResult at = resultAt(stages.get(s), agency.getKey());
                OptionKind kind = at == null ? null : at.majorityKind();
                kinds.add(kind);
                if (at != null && at.split()) {
                    splits.add(s);
                }
                if (first < 0 && kind == OptionKind.SHARE && stages.get(s).requester().isEmpty()) {
                    first = s;
                }
            }
            ThresholdRow row = new ThresholdRow(agency.getKey(), agency.getValue(), kinds, splits, first);
            (Suppression.OTHER_CODE.equals(agency.getKey()) ? combined : rows).add(row);
        }
        rows.addAll(combined);
        return rows;
    }

    private static AgencyResult resultAt(DecisionResult stage, String code) {
        return stage.agencies().stream().filter(a -> a.code().equals(code) && a.total() > 0).findFirst().orElse(null);
    }
}
