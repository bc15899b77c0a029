package org.threshold.cli;

/** A problem the command line reports as one plain line and a non-zero exit. */
public final class CliException extends Exception {
    private final int exitCode;

    public CliException(String message) {
        this(message, 2);
    }

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
