package org.threshold.ui.run;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Navigator;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.run.WorkshopRunner;

/**
 * The running workshop, shared by the presenter console and the audience display. Saves and
 * moves reach the store one at a time in the order asked for; a second move asked for while
 * one is on its way is dropped, so a remote pressed twice never skips a stage.
 */
public final class RunViewModel {
    private final long sessionId;
    private final WorkshopRunner runner;
    private final BackgroundWork work;
    private final Navigator navigator;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper blanked = new ReadOnlyBooleanWrapper(this, "blanked");
    private final ReadOnlyObjectWrapper<Instant> itemStartedAt = new ReadOnlyObjectWrapper<>(this, "itemStartedAt");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final AnswersAndNotes said;
    private final MeasuresViewModel measures;
    private final StandViewModel stand;
    private final EndOfDay ending;
    private boolean moving;

    public RunViewModel(long sessionId, WorkshopRunner runner, TaskExecutor tasks, DialogService dialogs,
                        Navigator navigator, Clock clock) {
        this.sessionId = sessionId;
        this.runner = runner;
        this.work = new BackgroundWork(tasks, dialogs, "Threshold");
        this.navigator = navigator;
        this.clock = clock;
        this.said = new AnswersAndNotes(runner, work, state.getReadOnlyProperty(), status::set, clock);
        this.measures = new MeasuresViewModel(runner.measures(), work, state.getReadOnlyProperty());
        this.stand = new StandViewModel(runner.stand(), work, state.getReadOnlyProperty(), said::noteSaved, clock);
        this.ending = new EndOfDay(runner, work, state, status::set);
    }

    public void start() {
        work.enqueue(() -> () -> {
            RunState started = runner.start(sessionId);
            return new Arrival(started, runner.itemAnswers(started), runner.notes(sessionId),
                    runner.measures().load(sessionId));
        }, arrival -> {
            said.notesRead(arrival.notes());
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

    /** "Where we stand": journey placements, readiness ratings and the actions taken from them. */
    public StandViewModel stand() {
        return stand;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blankedProperty() {
        return blanked.getReadOnlyProperty();
    }

    /** True while a save or a move is waiting or on its way to the store. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** Where the item's timer counts from: the time already spent on it carries over a resume or a stray move. */
    public ReadOnlyObjectProperty<Instant> itemStartedAtProperty() {
        return itemStartedAt.getReadOnlyProperty();
    }

    /** What the last command did, or why it did nothing; cleared when the room moves on. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Ending the workshop: offered past the last step, confirmed by Enter. */
    public EndOfDay ending() {
        return ending;
    }

    /** The answers saved against the current agenda item, every stage of it. */
    public ObservableList<Response> answers() {
        return said.answers();
    }

    public ObservableList<Note> notes() {
        return said.notes();
    }

    /** Says something on the console's status line: a key that did nothing says why. */
    public void tell(String message) {
        status.set(message);
    }

    /** On a step; past the last step it offers to end the workshop instead. */
    public void next() {
        RunState at = state.get();
        if (at != null && !moving && !ending.isFinished() && at.cursor().isLast(at.position())) {
            ending.offer();
            return;
        }
        move(runner::next);
    }

    public void previous() {
        if (ending.offeredProperty().get()) {
            ending.cancel();
            return;
        }
        move(runner::previous);
    }

    public void jumpTo(int itemIndex) {
        move(at -> runner.jumpTo(at, itemIndex));
    }

    /** Shows the current results (or answer) to the room; they stay hidden until this is asked for. */
    public void reveal() {
        RunState at = state.get();
        if (at == null || ending.isFinished()) {
            return;
        }
        if (!at.hasResults()) {
            status.set("Nothing to reveal at this step: the room already sees all of it.");
            return;
        }
        if (at.isRevealed()) {
            status.set("Already on the audience display. Shift+R hides it again.");
            return;
        }
        work.enqueue(() -> () -> runner.reveal(state.get()), revealed -> {
            state.set(revealed);
            status.set("Revealed to the room.");
        });
    }

    /** Takes a reveal back: the room sees the question again, as before R. */
    public void hide() {
        RunState at = state.get();
        if (at == null || ending.isFinished() || !at.isRevealed()) {
            return;
        }
        work.enqueue(() -> () -> runner.hide(state.get()), hidden -> {
            state.set(hidden);
            status.set("Hidden from the room again. R shows it.");
        });
    }

    /** The Reveal control: shows the results, or takes them back when they are showing. */
    public void toggleReveal() {
        if (state.get() != null && state.get().isRevealed()) {
            hide();
        } else {
            reveal();
        }
    }

    public void toggleBlank() {
        if (state.get() == null) {
            return;
        }
        boolean now = !blanked.get();
        blanked.set(now);
        work.enqueue(() -> {
            RunState at = state.get();
            return () -> {
                runner.blank(at, now);
                return now;
            };
        }, b -> { });
    }

    /** Saves a show of hands for one agency at the stage {@code at} shows: a count per option id. */
    public void recordHands(RunState at, String agencyCode, Map<String, Integer> counts) {
        said.recordHands(at, agencyCode, counts);
    }

    /** Saves one table's decision for an agency at the stage {@code at} shows, with its reasons. */
    public void recordTableDecision(RunState at, String agencyCode, TableDecision decision) {
        said.recordTableDecision(at, agencyCode, decision);
    }

    /**
     * Saves a note; {@code whenSaved} runs only once it is on disk, so a note the store refused (a
     * full disk, say) stays typed on screen to be added again, as the message promises.
     */
    public void addNote(NoteKind kind, String text, String ownerAgency, Runnable whenSaved) {
        said.addNote(kind, text, ownerAgency, whenSaved);
    }

    public void deleteNote(Note note) {
        said.deleteNote(note);
    }

    /** Back to the plan once every save has landed; the workshop stays where it is. */
    public void leave() {
        work.whenIdle(() -> navigator.openSession(sessionId));
    }

    /** To the list of workshops once every save has landed. */
    public void home() {
        work.whenIdle(navigator::showHome);
    }

    /** Runs {@code action} once every save asked for so far is on disk. */
    public void whenSaved(Runnable action) {
        work.whenIdle(action);
    }

    private void move(Function<RunState, RunState> step) {
        if (state.get() == null || moving || ending.isFinished()) {
            return;
        }
        moving = true;
        ending.withdraw();
        work.enqueue(() -> {
            RunState from = state.get();
            return () -> {
                RunState moved = step.apply(from);
                boolean sameItem = moved.item().id() == from.item().id();
                return new Arrival(moved, sameItem ? null : runner.itemAnswers(moved), List.of(), null);
            };
        }, arrival -> {
            moving = false;
            arrive(arrival);
        }, failure -> moving = false);
    }

    /** The answers arrive with the state, so the entry grid is never drawn with the last item's answers. */
    private void arrive(Arrival arrival) {
        RunState before = state.get();
        if (arrival.answers() != null) {
            said.arrived(arrival.answers());
        }
        itemStartedAt.set(arrival.state().timerStart() == null ? clock.instant() : arrival.state().timerStart());
        if (before == null || !before.key().equals(arrival.state().key())) {
            status.set("");
            measures.clearStatus();
        }
        state.set(arrival.state());
    }

    /** {@code answers} is null when the item is the same; {@code measures} is read once, on arrival. */
    private record Arrival(RunState state, List<Response> answers, List<Note> notes, Measures measures) {
    }
}
