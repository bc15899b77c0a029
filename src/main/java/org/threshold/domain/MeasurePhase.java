package org.threshold.domain;

/** Trust, confidence and knowledge (myth or fact) are measured twice in a day: at the start and again at the end. */
public enum MeasurePhase {
    BASELINE("Before"),
    FOLLOW_UP("After");

    private final String label;

    MeasurePhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
