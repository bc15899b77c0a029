package org.threshold.room;

/** A request the server will not serve: the HTTP status and one plain sentence for the phone. */
final class Refusal extends RuntimeException {
    private final int status;

    Refusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
