package org.threshold.domain;

/**
 * Where the facilitator stopped: the agenda item (by position) and the stage within it.
 * Saved with every move so that a crash or a closed lid resumes at the same place.
 */
public record AgendaPosition(int itemIndex, int stageIndex) {
    public static final AgendaPosition START = new AgendaPosition(0, 0);

    public AgendaPosition {
        if (itemIndex < 0 || stageIndex < 0) {
            throw new IllegalArgumentException("An agenda position cannot be negative");
        }
    }
}
