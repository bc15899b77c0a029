package org.threshold.report;

/** An archive that cannot be read, said in one plain sentence. */
public final class ArchiveException extends RuntimeException {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
