package org.threshold.workshop.stand;

/**
 * The steps of a "Where we stand" item, in the order the room takes them: place the partnership
 * on the journey, rate the statements, then agree actions on the weakest.
 */
public enum StandStep {
    JOURNEY("Where are we on the journey?"),
    READINESS("How ready are we?"),
    ACTIONS("What we will do");

    private final String heading;

    StandStep(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    /** The step at an agenda position's stage index; past the last step is the last. */
    public static StandStep at(int stageIndex) {
        StandStep[] steps = values();
        return steps[Math.max(0, Math.min(stageIndex, steps.length - 1))];
    }
}
