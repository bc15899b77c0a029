package org.threshold.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A screen's blocking work (the store, files), the one way a ViewModel runs it off the JavaFX
 * thread. Pieces run one after another in the order they were asked for, each starting only once
 * the one before has finished and its result has been handed back: two quick edits to a count
 * reach the disk old then new, never the other way round. Busy stays true while any piece is
 * waiting or running, so a screen can hold its controls until the last save has landed; a
 * failure reaches the facilitator as one plain message unless the caller handles it.
 */
public final class BackgroundWork {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final String errorTitle;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    public BackgroundWork(TaskExecutor tasks, DialogService dialogs, String errorTitle) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.errorTitle = errorTitle;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Runs {@code work} after everything asked for before it; {@code then} gets its result on the UI thread. */
    public <T> void run(Callable<T> work, Consumer<T> then) {
        run(work, then, this::showFailure);
    }

    /** As {@link #run(Callable, Consumer)}, with the caller saying what a failure means. */
    public <T> void run(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        waiting.add(() -> tasks.run(work, result -> finished(() -> then.accept(result)),
                failure -> finished(() -> failed.accept(failure))));
        busy.set(true);
        if (!running) {
            startNext();
        }
    }

    /** The one plain message for a failure nobody handled. */
    public void showFailure(Throwable failure) {
        dialogs.showError(errorTitle, Problems.describe(failure));
    }

    private void startNext() {
        Runnable next = waiting.poll();
        running = next != null;
        busy.set(running);
        if (next != null) {
            next.run();
        }
    }

    /** The piece's callback runs before the next piece starts, so the next sees what it did. */
    private void finished(Runnable callback) {
        busy.set(!waiting.isEmpty());
        try {
            callback.run();
        } finally {
            startNext();
        }
    }
}
