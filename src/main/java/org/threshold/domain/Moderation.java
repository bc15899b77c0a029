package org.threshold.domain;

/** Where an open-text answer from a phone stands: the room sees it only once the facilitator approves it. */
public enum Moderation {
    PENDING("Waiting"),
    APPROVED("Approved"),
    HIDDEN("Hidden");

    private final String label;

    Moderation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
