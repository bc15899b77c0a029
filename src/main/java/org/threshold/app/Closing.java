package org.threshold.app;

import java.util.function.Supplier;

/**
 * Closes the data once, whichever asks first: the window closing (the application's stop) or the
 * operating system ending the process (SIGTERM as a laptop shuts down). Either way the closing
 * backup is taken before the database closes.
 */
final class Closing {
    private final AutoBackups backups;
    private final AutoCloseable tasks;
    private final Supplier<Services> data;
    private boolean closed;

    Closing(AutoBackups backups, AutoCloseable tasks, Supplier<Services> data) {
        this.backups = backups;
        this.tasks = tasks;
        this.data = data;
    }

    /** Also on SIGTERM: the JVM runs the hook before it exits. */
    Closing onTermination() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "threshold-closing"));
        return this;
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (backups != null) {
            backups.close();
        }
        try {
            tasks.close();
        } catch (Exception e) {
            System.getLogger(Closing.class.getName()).log(System.Logger.Level.WARNING, "Background work did not stop", e);
        }
        Services current = data.get();
        if (current != null) {
            current.close();
        }
    }
}
