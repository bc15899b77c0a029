package org.threshold.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (the store, files) off the JavaFX thread and hands the result back on it.
 * Screens and windows take one in their constructor and run work only through a {@link BackgroundWork}
 * over it, which keeps their work in order; tests pass a synchronous one so they are deterministic.
 */
public interface TaskExecutor {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
