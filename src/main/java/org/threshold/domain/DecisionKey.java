package org.threshold.domain;

/** A decision point in a running session: which agenda item and which stage of it. */
public record DecisionKey(long agendaItemId, int stageIndex) {
    public DecisionKey {
        if (stageIndex < 0) {
            throw new IllegalArgumentException("A stage index cannot be negative");
        }
    }
}
