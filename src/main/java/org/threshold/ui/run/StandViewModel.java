package org.threshold.ui.run;

import java.time.Clock;
import java.time.LocalDate;
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
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionAgency;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.workshop.phones.DeviceTally;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.stand.StandAnswers;
import org.threshold.workshop.stand.StandRunner;

/**
 * "Where we stand" in the running workshop: the journey placements and readiness ratings as
 * saved, and the actions taken from the weakest statements. Saves run one after another in the
 * order they were asked for, and the answers the screens read always follow the last save.
 */
public final class StandViewModel {
    private final StandRunner runner;
    private final BackgroundWork work;
    private final ReadOnlyObjectProperty<RunState> state;
    private final Consumer<Note> noteSaved;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<StandAnswers> answers = new ReadOnlyObjectWrapper<>(this, "answers", StandAnswers.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private List<DeviceAnswer> phones = List.of();
    private int waiting;
    private long loadedSession;

    /** @param noteSaved told of each action once it is on disk, so the notes everywhere show it */
    StandViewModel(StandRunner runner, BackgroundWork work, ReadOnlyObjectProperty<RunState> state, Consumer<Note> noteSaved,
                   Clock clock) {
        this.runner = runner;
        this.work = work;
        this.state = state;
        this.noteSaved = noteSaved;
        this.clock = clock;
        state.addListener((obs, old, now) -> {
            if (now != null && now.session().id() != loadedSession) {
                loadedSession = now.session().id();
                enqueue(new Save(() -> null, "", () -> { }));
            }
        });
    }

    /** Phones in the room: their answers join the typed ones wherever the console analyses them. */
    public void usePhones(List<DeviceAnswer> sessionAnswers) {
        phones = sessionAnswers;
    }

    /** The typed answers with the phones' beside them, as the projector and the summary analyse them. */
    public StandAnswers withPhones() {
        RunState now = state.get();
        return now == null ? answers.get() : new DeviceTally(now.agenda()).withDevices(answers.get(), List.copyOf(phones));
    }

    /** What is saved, as last read back from the store. */
    public ReadOnlyObjectProperty<StandAnswers> answersProperty() {
        return answers.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A line for the facilitator in the status, such as how to write a date. */
    public void say(String message) {
        status.set(message);
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** A show of hands: how many of the agency's people put the partnership at each stage, by stage id. */
    public void recordJourneyHands(String agencyCode, Map<String, Integer> perStage) {
        withAgency(agencyCode, "placing", (at, agency) -> runner.recordJourneyHands(at.session().id(), agency, perStage));
    }

    /** The stage the agency's table chose; empty clears it. */
    public void recordJourneyTable(String agencyCode, String stageId) {
        if (!stageId.equals(answers.get().tableStage(agencyCode))) {
            withAgency(agencyCode, "placing", (at, agency) -> runner.recordJourneyTable(at.session().id(), agency, stageId));
        }
    }

    /** A show of hands for one statement: index 0 did not know, index s gave score s. */
    public void recordRatingHands(String statementId, String agencyCode, int[] perScore) {
        int[] counts = perScore.clone();
        withAgency(agencyCode, "ratings", (at, agency) -> runner.recordRatingHands(at.session().id(), agency,
                statementId, counts));
    }

    /** The score an agency's table gave one statement (0 is don't know); null clears it. */
    public void recordRatingTable(String statementId, String agencyCode, Integer score) {
        int saved = answers.get().tableScore(statementId, agencyCode);
        if (score == null ? saved >= 0 : score != saved) {
            withAgency(agencyCode, "rating", (at, agency) -> runner.recordRatingTable(at.session().id(), agency,
                    statementId, score));
        }
    }

    /**
     * Saves an action taken from a statement, with its owner and due date; {@code whenSaved} runs once
     * it is on disk, so words the store refused stay typed on screen.
     */
    public void addAction(String statementId, String text, String ownerAgency, LocalDate due, Runnable whenSaved) {
        RunState at = state.get();
        String words = text == null ? "" : text.strip();
        if (at == null || words.isEmpty()) {
            return;
        }
        Note action = new Note(0, at.item().id(), NoteKind.ACTION, words, ownerAgency, clock.instant(), statementId, due);
        enqueue(new Save(() -> runner.addAction(at.session().id(), action), "Action saved.", whenSaved));
    }

    private interface AgencySave {
        void save(RunState at, SessionAgency agency);
    }

    private void withAgency(String agencyCode, String what, AgencySave save) {
        RunState at = state.get();
        if (at == null) {
            return;
        }
        SessionAgency agency = at.agencies().stream().filter(a -> a.code().equals(agencyCode)).findFirst()
                .orElse(new SessionAgency(agencyCode, agencyCode, 0, 1));
        enqueue(new Save(() -> {
            save.save(at, agency);
            return null;
        }, "Saved " + agency.name() + "'s " + what + ".", () -> { }));
    }

    /** In the workshop's one queue of store work, so a placement typed before a move is saved before it. */
    private void enqueue(Save save) {
        waiting++;
        saving.set(true);
        long session = loadedSession;
        work.enqueue(() -> () -> new Saved(save.work().call(), runner.load(session)), saved -> {
            answers.set(saved.answers());
            if (saved.action() != null) {
                noteSaved.accept(saved.action());
            }
            status.set(save.message());
            save.whenSaved().run();
            done();
        }, failure -> done());
    }

    private void done() {
        waiting--;
        saving.set(waiting > 0);
    }

    /** One save: its work returns the action it added, or null. */
    private record Save(Callable<Note> work, String message, Runnable whenSaved) {
    }

    private record Saved(Note action, StandAnswers answers) {
    }
}
