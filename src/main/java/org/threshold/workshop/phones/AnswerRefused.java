package org.threshold.workshop.phones;

/** An answer, join or request the room will not take, with one plain sentence for the phone. Nothing was stored. */
public final class AnswerRefused extends RuntimeException {
    /** Why, so the server can pick the status that says it. */
    public enum Reason {
        MALFORMED,
        NOT_JOINED,
        WRONG_CODE,
        CLOSED,
        NOT_CURRENT,
        INVALID
    }

    private final Reason reason;

    public AnswerRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
