package org.threshold.content;

import java.util.ArrayList;
import java.util.List;

/** Collects problems in the order they are found, which is the order of the pack's own text. */
final class Problems {
    private final List<PackProblem> list = new ArrayList<>();

    void add(String place, String message) {
        list.add(new PackProblem(place, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<PackProblem> list() {
        return List.copyOf(list);
    }
}
