package org.threshold.ui.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Problems;
import org.threshold.ui.common.TaskExecutor;

/**
 * The running workshop's store work, one piece at a time in the order it was asked for. Each
 * piece is made when its turn comes, from the state the piece before it left, so a count typed
 * and then PageDown is saved to its own stage before the room moves on.
 */
final class SerialWork {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private final List<Runnable> whenIdle = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    SerialWork(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** True while a piece of work is waiting or running. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Queues work: {@code task} is asked for its Callable when the work before it is done, and
     * {@code then} hears the result on the FX thread. A failure is said plainly and the queue goes on.
     */
    <T> void enqueue(Supplier<Callable<T>> task, Consumer<T> then) {
        enqueue(task, then, failure -> { });
    }

    <T> void enqueue(Supplier<Callable<T>> task, Consumer<T> then, Consumer<Throwable> failed) {
        waiting.add(() -> {
            Callable<T> work = task.get();
            if (work == null) {
                runNext();
                return;
            }
            tasks.run(work, result -> {
                then.accept(result);
                runNext();
            }, failure -> {
                failed.accept(failure);
                dialogs.showError("Threshold", Problems.describe(failure));
                runNext();
            });
        });
        if (!busy.get()) {
            busy.set(true);
            runNext();
        }
    }

    /** Runs {@code action} once everything queued so far has finished: closing waits for the last save. */
    void whenIdle(Runnable action) {
        if (busy.get()) {
            whenIdle.add(action);
        } else {
            action.run();
        }
    }

    private void runNext() {
        Runnable next = waiting.poll();
        if (next != null) {
            next.run();
            return;
        }
        busy.set(false);
        List<Runnable> idle = List.copyOf(whenIdle);
        whenIdle.clear();
        idle.forEach(Runnable::run);
    }
}
