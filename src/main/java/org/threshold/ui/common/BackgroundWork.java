package org.threshold.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A ViewModel's blocking work, run through the TaskExecutor. Busy stays true while any piece
 * is in flight, so a screen can hold its controls until the last save has landed; a failure
 * reaches the facilitator as one plain message.
 */
public final class BackgroundWork {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final String errorTitle;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int inFlight;

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

    public <T> void run(Callable<T> work, Consumer<T> then) {
        run(work, then, failure -> dialogs.showError(errorTitle, Problems.describe(failure)));
    }

    public <T> void run(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        busy.set(++inFlight > 0);
        tasks.run(work, result -> {
            busy.set(--inFlight > 0);
            then.accept(result);
        }, failure -> {
            busy.set(--inFlight > 0);
            failed.accept(failure);
        });
    }
}
