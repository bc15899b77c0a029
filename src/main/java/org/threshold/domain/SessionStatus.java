package org.threshold.domain;

/** Where a workshop is in its life: planned, being run in the room, or over. */
public enum SessionStatus {
    PLANNED("Planned"),
    RUNNING("In progress"),
    FINISHED("Finished");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
