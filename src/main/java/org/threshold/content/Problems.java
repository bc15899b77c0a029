package org.threshold.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects problems in the order they are found, which is the order of the pack's own text. Only
 * the first {@link #LISTED} are kept, the rest only counted: a broken file can hold millions of
 * mistakes of one kind, and listing them all would fill the memory and bury the first few, which
 * are the ones to fix.
 */
final class Problems {
    static final int LISTED = 200;

    private final List<PackProblem> list = new ArrayList<>();
    private int count;

    void add(String place, String message) {
        count++;
        if (list.size() < LISTED) {
            list.add(new PackProblem(place, message));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The problems found, as the refusal of the pack, or empty when there are none. */
    Optional<PackFormatException> refusal() {
        return isEmpty() ? Optional.empty() : Optional.of(new PackFormatException(list, count));
    }
}
