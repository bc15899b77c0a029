package org.threshold.testing;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.threshold.ui.common.TaskExecutor;

/** Holds background work until the test runs it, as a slow disk would. */
public final class HeldTasks implements TaskExecutor {
    private final Queue<Runnable> jobs = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        jobs.add(() -> new DirectTaskExecutor().run(work, onSuccess, onFailure));
    }

    public int waiting() {
        return jobs.size();
    }

    public void runAll() {
        while (!jobs.isEmpty()) {
            jobs.poll().run();
        }
    }
}
