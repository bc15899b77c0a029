package org.threshold.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.threshold.ui.common.TaskExecutor;

/**
 * Holds background work until the test lets it finish, as a slow disk would, in whatever order the
 * test chooses: oldest first, or newest first, as a pool of worker threads may when one piece
 * happens to be slower than the next.
 */
public final class HeldTasks implements TaskExecutor {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> new DirectTaskExecutor().run(work, onSuccess, onFailure));
    }

    public int waiting() {
        return held.size();
    }

    /** Finishes the oldest piece first, then the rest in order, including any they start. */
    public void runAll() {
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
    }

    /** Finishes the newest piece first, then the rest, newest first, including any they start. */
    public void finishNewestFirst() {
        while (!held.isEmpty()) {
            held.remove(held.size() - 1).run();
        }
    }
}
