package org.threshold.workshop.summary;

/**
 * How far a long job has got, for a progress bar: {@code done} of {@code total} steps, and what
 * it is doing now in words for the facilitator. Passed to a {@code Consumer<ProgressStep>}.
 */
public record ProgressStep(int done, int total, String message) {
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
