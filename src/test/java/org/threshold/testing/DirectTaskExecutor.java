package org.threshold.testing;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.threshold.ui.common.TaskExecutor;

/** Runs work at once on the calling thread, so ViewModel tests are deterministic and need no toolkit. */
public final class DirectTaskExecutor implements TaskExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
