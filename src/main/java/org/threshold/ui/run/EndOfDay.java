package org.threshold.ui.run;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.run.WorkshopRunner;

/**
 * Ending the workshop in the room: PageDown past the last step offers it, Enter confirms, Esc or
 * PageUp stays. Nothing ends without being offered first, so a stray Enter never ends the day.
 */
public final class EndOfDay {
    private final WorkshopRunner runner;
    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<RunState> state;
    private final Consumer<String> tell;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");

    EndOfDay(WorkshopRunner runner, BackgroundWork work, ReadOnlyObjectWrapper<RunState> state, Consumer<String> tell) {
        this.runner = runner;
        this.work = work;
        this.state = state;
        this.tell = tell;
    }

    /** True while the console asks whether to end: Enter ends the workshop, Esc stays. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** True once the workshop is marked finished: the console offers the export. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public boolean isFinished() {
        return finished.get();
    }

    public void offer() {
        if (state.get() != null && !finished.get()) {
            offered.set(true);
            tell.accept("That was the last step. Press Enter to end the workshop, or Esc to stay.");
        }
    }

    public void cancel() {
        if (offered.get()) {
            offered.set(false);
            tell.accept("");
        }
    }

    /** Ends the day once offered: the session is marked finished, and can still be opened again later. */
    public void confirm() {
        if (!offered.get() || finished.get()) {
            return;
        }
        offered.set(false);
        work.enqueue(() -> () -> runner.finish(state.get()), done -> {
            state.set(done);
            finished.set(true);
            tell.accept("The workshop is finished. Everything entered is saved.");
        });
    }

    /** A move elsewhere withdraws the question. */
    void withdraw() {
        offered.set(false);
    }
}
