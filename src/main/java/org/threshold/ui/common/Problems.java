package org.threshold.ui.common;

/** Turns a failure into a line a facilitator can read: our own messages as they are, anything else generically. */
public final class Problems {
    private static final System.Logger LOG = System.getLogger(Problems.class.getName());
    /** Set by the log file when it is in use (store's LogFile.PATH_PROPERTY, which the UI may not name). */
    private static final String LOG_FILE = "threshold.log.file";

    private Problems() {
    }

    public static String describe(Throwable failure) {
        LOG.log(System.Logger.Level.WARNING, "Operation failed", failure);
        String message = failure.getMessage();
        boolean plain = failure.getClass().getName().startsWith("org.threshold.")
                || (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException)
                && thrownByThreshold(failure);
        if (plain && message != null && !message.isBlank()) {
            return message;
        }
        return "Something went wrong and the last action did not finish. Nothing saved before it was lost."
                + whereTheLogIs();
    }

    /** Our own checks word their messages for the facilitator; a library's are for the log. */
    private static boolean thrownByThreshold(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.threshold.");
    }

    /** " Details are in FILE." naming the log file, or nothing when there is no log to send anyone to. */
    public static String whereTheLogIs() {
        String file = System.getProperty(LOG_FILE);
        return file == null ? "" : " Details are in " + file + ".";
    }
}
