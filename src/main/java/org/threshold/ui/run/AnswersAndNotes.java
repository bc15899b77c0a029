package org.threshold.ui.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.run.WorkshopRunner;

/**
 * What the room has said while the workshop runs: the answers saved against the item on the
 * console, and the session's notes. Each save goes on the run's ordered work, behind any move
 * asked for before it, and the lists change only once the store has it.
 */
final class AnswersAndNotes {
    private final WorkshopRunner runner;
    private final BackgroundWork work;
    private final ReadOnlyObjectProperty<RunState> state;
    private final Consumer<String> status;
    private final Clock clock;
    private final ObservableList<Response> answers = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    // One read-only view each: a listener added to a throwaway view would be collected with it.
    private final ObservableList<Response> answersView = FXCollections.unmodifiableObservableList(answers);
    private final ObservableList<Note> notesView = FXCollections.unmodifiableObservableList(notes);

    AnswersAndNotes(WorkshopRunner runner, BackgroundWork work, ReadOnlyObjectProperty<RunState> state,
                    Consumer<String> status, Clock clock) {
        this.runner = runner;
        this.work = work;
        this.state = state;
        this.status = status;
        this.clock = clock;
    }

    ObservableList<Response> answers() {
        return answersView;
    }

    ObservableList<Note> notes() {
        return notesView;
    }

    /** The item's answers as read with the state it arrived at. */
    void arrived(List<Response> itemAnswers) {
        answers.setAll(itemAnswers);
    }

    void notesRead(List<Note> read) {
        notes.setAll(read);
    }

    /** A note saved elsewhere in the run ("Where we stand" actions) joins the list. */
    void noteSaved(Note note) {
        notes.add(note);
    }

    void recordHands(RunState at, String agencyCode, Map<String, Integer> counts) {
        List<Response> rows = new ArrayList<>();
        counts.forEach((option, count) -> {
            if (count != null && count > 0) {
                rows.add(Response.hands(at.key(), agencyCode, option, count));
            }
        });
        save(at, agencyCode, rows);
    }

    void recordTableDecision(RunState at, String agencyCode, TableDecision decision) {
        int headcount = at.agency(agencyCode).map(a -> Math.max(1, a.headcount())).orElse(1);
        save(at, agencyCode, List.of(new Response(at.key(), agencyCode, 1, decision.optionId(), headcount,
                ResponseSource.TABLE_DECISION, decision.withWhom(), decision.basis(), decision.confidence(),
                decision.rationale())));
    }

    void addNote(NoteKind kind, String text, String ownerAgency, Runnable whenSaved) {
        String trimmed = text == null ? "" : text.strip();
        RunState at = state.get();
        if (trimmed.isEmpty() || at == null) {
            return;
        }
        Note note = new Note(0, at.item().id(), kind, trimmed, kind == NoteKind.ACTION ? ownerAgency : "", clock.instant());
        work.enqueue(() -> () -> runner.addNote(at, note), saved -> {
            notes.add(saved);
            status.accept(kind.label() + " saved.");
            whenSaved.run();
        });
    }

    void deleteNote(Note note) {
        RunState at = state.get();
        work.enqueue(() -> () -> {
            runner.deleteNote(at, note.id());
            return note;
        }, notes::remove);
    }

    private void save(RunState at, String agencyCode, List<Response> rows) {
        work.enqueue(() -> () -> {
            runner.recordAnswers(at, agencyCode, rows);
            return rows;
        }, saved -> {
            // What changed, and only that: the rest of the item's answers are as they were read.
            if (state.get() != null && state.get().item().id() == at.item().id()) {
                answers.removeIf(r -> r.key().equals(at.key()) && r.agencyCode().equals(agencyCode));
                answers.addAll(saved);
            }
            status.accept("Saved " + at.agency(agencyCode).map(a -> a.name()).orElse(agencyCode) + ".");
        });
    }
}
