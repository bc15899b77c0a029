package org.threshold.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A screen's blocking work (the store, files), the one way a ViewModel runs it off the JavaFX
 * thread. Pieces run one after another in the order they were asked for, each starting only once
 * the one before has finished and its result has been handed back: two quick edits to a count
 * reach the disk old then new, never the other way round. Busy stays true while any piece is
 * waiting or running, so a screen can hold its controls, or leave, until the last save has
 * landed; a failure reaches the facilitator as one plain message unless the caller handles it.
 */
public final class BackgroundWork {
    private final TaskExecutor tasks;
    private final Consumer<Throwable> unhandled;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final List<Runnable> whenIdle = new ArrayList<>();
    private boolean running;

    /** A screen's work: a failure nobody handled is shown under {@code errorTitle}. */
    public BackgroundWork(TaskExecutor tasks, DialogService dialogs, String errorTitle) {
        this(tasks, failure -> dialogs.showError(errorTitle, Problems.describe(failure)));
    }

    /** Work no facilitator waits on (a setting remembered, say): a failure nobody handled goes to {@code unhandled}. */
    public BackgroundWork(TaskExecutor tasks, Consumer<Throwable> unhandled) {
        this.tasks = tasks;
        this.unhandled = unhandled;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Runs {@code work} after everything asked for before it; {@code then} gets its result on the UI thread. */
    public <T> void run(Callable<T> work, Consumer<T> then) {
        run(work, then, unhandled);
    }

    /** As {@link #run(Callable, Consumer)}, with the caller saying what a failure means instead of the message. */
    public <T> void run(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        add(() -> work, then, failed);
    }

    /**
     * Work made only when its turn comes, from what the pieces before it left (the room's position
     * after a save, say); a task that makes no work (null) is passed over. A failure is said plainly.
     */
    public <T> void enqueue(Supplier<Callable<T>> task, Consumer<T> then) {
        add(task, then, unhandled);
    }

    /** As {@link #enqueue(Supplier, Consumer)}; {@code alsoOnFailure} runs before the failure is said. */
    public <T> void enqueue(Supplier<Callable<T>> task, Consumer<T> then, Consumer<Throwable> alsoOnFailure) {
        add(task, then, failure -> {
            alsoOnFailure.accept(failure);
            unhandled.accept(failure);
        });
    }

    /** Runs {@code action} once everything asked for so far has finished: leaving waits for the last save. */
    public void whenIdle(Runnable action) {
        if (busy.get()) {
            whenIdle.add(action);
        } else {
            action.run();
        }
    }

    private <T> void add(Supplier<Callable<T>> task, Consumer<T> then, Consumer<Throwable> failed) {
        waiting.add(() -> {
            Callable<T> work;
            try {
                work = task.get();
            } catch (RuntimeException e) {
                finished(() -> failed.accept(e));
                return;
            }
            if (work == null) {
                finished(() -> { });
                return;
            }
            tasks.run(work, result -> finished(() -> then.accept(result)),
                    failure -> finished(() -> failed.accept(failure)));
        });
        busy.set(true);
        if (!running) {
            startNext();
        }
    }

    private void startNext() {
        Runnable next = waiting.poll();
        running = next != null;
        if (next != null) {
            next.run();
            return;
        }
        busy.set(false);
        List<Runnable> idle = List.copyOf(whenIdle);
        whenIdle.clear();
        idle.forEach(Runnable::run);
    }

    /** The piece's callback runs before the next piece starts, so the next sees what it did. */
    private void finished(Runnable callback) {
        try {
            callback.run();
        } finally {
            startNext();
        }
    }
}
