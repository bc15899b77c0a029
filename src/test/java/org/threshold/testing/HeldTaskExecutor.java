package org.threshold.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.threshold.ui.common.TaskExecutor;

/**
 * Holds every piece of work until the test lets it finish, in whatever order the test chooses:
 * what a pool of worker threads may do when one piece happens to be slower than the next.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> new DirectTaskExecutor().run(work, onSuccess, onFailure));
    }

    public int held() {
        return held.size();
    }

    /** Finishes the newest piece first, then the rest, newest first, including any they start. */
    public void finishNewestFirst() {
        while (!held.isEmpty()) {
            held.remove(held.size() - 1).run();
        }
    }
}
