package org.threshold.store;

/**
 * A storage failure, described in plain English for the facilitator. The message says what
 * happened and what to do next; the cause keeps the technical detail for the log.
 */
public final class StoreException extends RuntimeException {
    private final StoreProblem problem;

    public StoreException(StoreProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public StoreException(StoreProblem problem, String message) {
        this(problem, message, null);
    }

    public StoreProblem problem() {
        return problem;
    }
}
