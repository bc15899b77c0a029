package org.threshold.domain;

import java.util.Objects;

/**
 * An agency present at a workshop: how many of its practitioners came, and at how many
 * tables they sit. Counts only, never names.
 */
public record SessionAgency(String code, String name, int headcount, int tables) {
    public SessionAgency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (headcount < 0 || tables < 0) {
            throw new IllegalArgumentException("Headcount and tables cannot be negative");
        }
    }
}
