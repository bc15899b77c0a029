package org.threshold.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Background work on a small pool; results and failures come back on the JavaFX thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    /** Longer than any one save or read takes; a closing app does not wait on a stuck disk for ever. */
    private static final long CLOSING_WAIT_SECONDS = 10;
    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "threshold-task");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            pool.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            // Asked for once the app has begun to close (a window hidden as it exits): a failure, not a crash.
            onFailure.accept(new IllegalStateException("Threshold is closing, so this was not done", e));
        }
    }

    /** Lets the work already asked for finish before the data it reads and writes is closed. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(CLOSING_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Background work was still running when Threshold closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
