package org.threshold.workshop.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.threshold.domain.pack.OptionKind;

/**
 * One row of a scenario's threshold chart: an agency's majority answer at each stage.
 *
 * @param kinds           the majority kind per stage; null where the agency is not shown at that
 *                        stage, or where it was split (see {@code splitStages})
 * @param splitStages     stages (0-based) at which the agency's answers tied between kinds
 * @param firstShareStage the first stage (0-based) whose majority answer was to share, or -1 for never
 */
public record ThresholdRow(String code, String label, List<OptionKind> kinds, List<Integer> splitStages,
                           int firstShareStage) {
    public ThresholdRow {
        kinds = Collections.unmodifiableList(new ArrayList<>(kinds));
        splitStages = List.copyOf(splitStages);
    }

    public boolean neverShared() {
        return firstShareStage < 0;
    }

    public boolean splitAt(int stage) {
        return splitStages.contains(stage);
    }
}
