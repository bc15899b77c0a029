package org.threshold.ui.run;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Navigator;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.run.WorkshopRunner;

/**
 * The running workshop, shared by the presenter console and the audience display. Commands
 * are ignored while a save is in flight, so a remote pressed twice never skips a stage unsaved.
 */
public final class RunViewModel {
    private final long sessionId;
    private final WorkshopRunner runner;
    private final DialogService dialogs;
    private final BackgroundWork work;
    private final Navigator navigator;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper blanked = new ReadOnlyBooleanWrapper(this, "blanked");
    private final ReadOnlyObjectWrapper<Instant> itemStartedAt = new ReadOnlyObjectWrapper<>(this, "itemStartedAt");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Response> answers = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final MeasuresViewModel measures;

    public RunViewModel(long sessionId, WorkshopRunner runner, TaskExecutor tasks, DialogService dialogs,
                        Navigator navigator, Clock clock) {
        this.sessionId = sessionId;
        this.runner = runner;
        this.dialogs = dialogs;
        this.work = new BackgroundWork(tasks, dialogs, "Threshold");
        this.navigator = navigator;
        this.clock = clock;
        this.measures = new MeasuresViewModel(runner.measures(), tasks, dialogs, state.getReadOnlyProperty());
    }

    public void start() {
        perform(() -> {
            RunState started = runner.start(sessionId);
            return new Arrival(started, runner.itemAnswers(started), runner.notes(sessionId),
                    runner.measures().load(sessionId));
        }, arrival -> {
            notes.setAll(arrival.notes());
            measures.accept(arrival.measures());
            arrive(arrival);
        });
    }

    /** The clock the item timer reads; the same one the saved times come from. */
    public Clock clock() {
        return clock;
    }

    /** The trust grid, confidence check, myth-or-fact answers and agency cards of this workshop. */
    public MeasuresViewModel measures() {
        return measures;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blankedProperty() {
        return blanked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** When the facilitator arrived at the current item, for the timer against its planned minutes. */
    public ReadOnlyObjectProperty<Instant> itemStartedAtProperty() {
        return itemStartedAt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The answers saved against the current agenda item, every stage of it. */
    public ObservableList<Response> answers() {
        return FXCollections.unmodifiableObservableList(answers);
    }

    public ObservableList<Note> notes() {
        return FXCollections.unmodifiableObservableList(notes);
    }

    public void next() {
        move(() -> runner.next(state.get()));
    }

    public void previous() {
        move(() -> runner.previous(state.get()));
    }

    public void jumpTo(int itemIndex) {
        move(() -> runner.jumpTo(state.get(), itemIndex));
    }

    /** Shows the current results (or answer) to the room; they stay hidden until this is asked for. */
    public void reveal() {
        if (ready() && !state.get().isRevealed()) {
            perform(() -> runner.reveal(state.get()), revealed -> {
                state.set(revealed);
                status.set("Revealed to the room.");
            });
        }
    }

    public void toggleBlank() {
        if (state.get() == null) {
            return;
        }
        blanked.set(!blanked.get());
        boolean now = blanked.get();
        RunState at = state.get();
        perform(() -> {
            runner.blank(at, now);
            return now;
        }, b -> status.set(b ? "The audience display is blank. Press B to show it again." : ""));
    }

    /** Saves a show of hands for one agency: a count per option id. */
    public void recordHands(String agencyCode, Map<String, Integer> counts) {
        RunState at = state.get();
        List<Response> rows = new ArrayList<>();
        counts.forEach((option, count) -> {
            if (count != null && count > 0) {
                rows.add(Response.hands(at.key(), agencyCode, option, count));
            }
        });
        save(at, agencyCode, rows);
    }

    /** Saves one table's decision for an agency, with its reasons. */
    public void recordTableDecision(String agencyCode, TableDecision decision) {
        RunState at = state.get();
        int headcount = at.agencies().stream().filter(a -> a.code().equals(agencyCode))
                .mapToInt(a -> Math.max(1, a.headcount())).findFirst().orElse(1);
        save(at, agencyCode, List.of(new Response(at.key(), agencyCode, 1, decision.optionId(), headcount,
                ResponseSource.TABLE_DECISION, decision.withWhom(), decision.basis(), decision.confidence(),
                decision.rationale())));
    }

    public void addNote(NoteKind kind, String text, String ownerAgency) {
        addNote(kind, text, ownerAgency, () -> { });
    }

    /**
     * Saves a note; {@code whenSaved} runs only once it is on disk, so a note the store refused (a
     * full disk, say) stays typed on screen to be added again, as the message promises.
     */
    public void addNote(NoteKind kind, String text, String ownerAgency, Runnable whenSaved) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || state.get() == null) {
            return;
        }
        RunState at = state.get();
        Note note = new Note(0, at.item().id(), kind, trimmed, kind == NoteKind.ACTION ? ownerAgency : "", clock.instant());
        perform(() -> runner.addNote(at, note), saved -> {
            notes.add(saved);
            status.set(kind.label() + " saved.");
            whenSaved.run();
        });
    }

    public void deleteNote(Note note) {
        RunState at = state.get();
        perform(() -> {
            runner.deleteNote(at, note.id());
            return note;
        }, notes::remove);
    }

    /** Ends the day after asking; the session is marked finished and the plan screen shows again. */
    public void finish() {
        if (ready() && dialogs.confirm("End the workshop", "Mark this workshop as finished? Everything entered is "
                + "already saved, and it can be opened again later.", "End workshop")) {
            perform(() -> runner.finish(state.get()), done -> navigator.openSession(sessionId));
        }
    }

    public void leave() {
        navigator.openSession(sessionId);
    }

    private void save(RunState at, String agencyCode, List<Response> rows) {
        perform(() -> {
            runner.recordAnswers(at, agencyCode, rows);
            return runner.itemAnswers(at);
        }, saved -> {
            if (state.get() != null && state.get().item().id() == at.item().id()) {
                answers.setAll(saved);
            }
            status.set("Saved " + agencyCode.replace('-', ' ') + ".");
        });
    }

    private void move(Callable<RunState> step) {
        if (ready()) {
            perform(() -> {
                RunState moved = step.call();
                return new Arrival(moved, runner.itemAnswers(moved), List.of(), null);
            }, this::arrive);
        }
    }

    /** The answers arrive with the state, so the entry grid is never drawn with the last item's answers. */
    private void arrive(Arrival arrival) {
        RunState before = state.get();
        if (before == null || before.position().itemIndex() != arrival.state().position().itemIndex()) {
            itemStartedAt.set(clock.instant());
        }
        answers.setAll(arrival.answers());
        state.set(arrival.state());
    }

    /** {@code measures} is read once, on arrival; after that the measures model keeps it. */
    private record Arrival(RunState state, List<Response> answers, List<Note> notes, Measures measures) {
    }

    private boolean ready() {
        return state.get() != null && !work.isBusy();
    }

    private <T> void perform(Callable<T> task, Consumer<T> then) {
        work.run(task, then);
    }
}
