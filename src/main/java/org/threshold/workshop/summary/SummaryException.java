package org.threshold.workshop.summary;

/** A summary, export, archive or comparison that cannot be done, said in one plain sentence. */
public final class SummaryException extends RuntimeException {
    public SummaryException(String message) {
        super(message);
    }

    public SummaryException(String message, Throwable cause) {
        super(message, cause);
    }
}
