package org.threshold.store;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that owns the SQLite connection. Every read and write runs here, one after
 * another, so there is a single writer and the user interface thread never waits on the disk.
 */
final class StoreThread {
    // Not BackgroundWork: the single writer the connection needs, below the toolkit, and waited on by its callers.
    private final ExecutorService executor;
    private volatile Thread thread;

    StoreThread() {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "threshold-store");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /** Runs the work on the store thread and waits for it; runs inline when already there. */
    <T> T call(Callable<T> work) {
        if (isCurrent()) {
            return callInline(work);
        }
        Future<T> future = executor.submit(work);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreProblem.FAILED, "Saving was interrupted; the change may need to be made again.", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T callInline(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new StoreException(StoreProblem.FAILED, "The database reported a problem: " + cause.getMessage(), cause);
    }
}
