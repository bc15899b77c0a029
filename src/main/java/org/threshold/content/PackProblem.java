package org.threshold.content;

import java.util.Objects;

/**
 * One thing wrong with a pack, named in the pack's own terms so a facilitator can find it:
 * a path such as {@code scenarios[2].stages[1].decision}, or {@code line 14, column 3} when
 * the file is not even well-formed JSON.
 */
public record PackProblem(String place, String message) {
    public PackProblem {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
    }

    /** The form printed to facilitators: {@code place: message}. */
    @Override
    public String toString() {
        return place + ": " + message;
    }
}
