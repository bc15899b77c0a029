package org.threshold.domain;

/** What the facilitator captures during a debrief. */
public enum NoteKind {
    DISCUSSION("Discussion point"),
    KEY_POINT("Key learning"),
    ACTION("Action"),
    BARRIER("Barrier to sharing"),
    PARKING_LOT("Parking lot");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
