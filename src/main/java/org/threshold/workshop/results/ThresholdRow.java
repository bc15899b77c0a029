package org.threshold.workshop.results;

import java.util.List;
import org.threshold.domain.pack.OptionKind;

/**
 * One row of a scenario's threshold chart: an agency's majority answer at each stage.
 *
 * @param kinds           the majority kind per stage; null where the agency is not shown at that stage
 * @param firstShareStage the first stage (0-based) whose majority answer was to share, or -1 for never
 */
public record ThresholdRow(String code, String label, List<OptionKind> kinds, int firstShareStage) {
    public ThresholdRow {
        kinds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(kinds));
    }

    public boolean neverShared() {
        return firstShareStage < 0;
    }
}
