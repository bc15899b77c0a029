package org.threshold.workshop.summary;

import java.io.IOException;
import java.nio.file.Path;

/** A summary, export, archive or comparison that cannot be done, said in one plain sentence. */
public final class SummaryException extends RuntimeException {
    public SummaryException(String message) {
        super(message);
    }

    public SummaryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "The summary could not be saved to X: reason. Nothing was changed there; try another folder." */
    static SummaryException notSaved(String what, Path target, IOException cause) {
        String reason = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        String sentence = reason.endsWith(".") ? reason : reason + ".";
        return new SummaryException(what + " could not be saved to " + target + ": " + sentence
                + " Nothing was changed there; try another folder.", cause);
    }
}
