package org.threshold.domain;

/** What became of an action from an earlier workshop, as the facilitator hears when planning the next. */
public enum ActionStatus {
    DONE("Done"),
    NOT_DONE("Not done"),
    DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
