package org.threshold.ui.common;

/** Turns a failure into a line a facilitator can read: our own messages as they are, anything else generically. */
public final class Problems {
    private static final System.Logger LOG = System.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static String describe(Throwable failure) {
        LOG.log(System.Logger.Level.WARNING, "Operation failed", failure);
        String message = failure.getMessage();
        boolean plain = failure instanceof IllegalArgumentException || failure instanceof IllegalStateException
                || failure.getClass().getName().startsWith("org.threshold.");
        if (plain && message != null && !message.isBlank()) {
            return message;
        }
        return "Something went wrong and the last action did not finish. Nothing saved before it was lost. "
                + "Details are in the log.";
    }
}
