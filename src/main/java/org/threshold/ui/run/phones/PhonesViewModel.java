package org.threshold.ui.run.phones;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Moderation;
import org.threshold.domain.SessionStatus;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.phones.AgencyCount;
import org.threshold.workshop.phones.LanAddress;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.phones.PhonePreferences;
import org.threshold.workshop.phones.PhoneServer;
import org.threshold.workshop.phones.PhoneServerException;
import org.threshold.workshop.phones.RoomQuestion;
import org.threshold.workshop.phones.RoomQuestions;
import org.threshold.workshop.phones.RoomState;
import org.threshold.workshop.run.RunState;

/**
 * Phones in the room, for the console and the projector: turning the server on and off on the
 * chosen address, the join code, the self-test, per agency how many joined and answered, closing
 * a question, and the moderation of open answers. No node here; a PhonesPanel shows it.
 */
public final class PhonesViewModel {
    private final long sessionId;
    private final RunViewModel run;
    private final PhoneAnswers answers;
    private final PhoneServer server;
    private final PhonePreferences preferences;
    private final DialogService dialogs;
    private final BackgroundWork work;
    private final PhoneReadings readings;
    private boolean resume;

    private final NetworkChoice network = new NetworkChoice();
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "on");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url", "");
    private final ReadOnlyStringWrapper joinCode = new ReadOnlyStringWrapper(this, "joinCode", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<RoomQuestion> question = new ReadOnlyObjectWrapper<>(this, "question",
            RoomQuestion.NOTHING);

    public PhonesViewModel(long sessionId, RunViewModel run, PhoneAnswers answers, PhoneServer server,
                           PhonePreferences preferences, TaskExecutor tasks, DialogService dialogs, Executor ui) {
        this.sessionId = sessionId;
        this.run = run;
        this.answers = answers;
        this.server = server;
        this.preferences = preferences;
        this.dialogs = dialogs;
        this.work = new BackgroundWork(tasks, dialogs, "Phones");
        this.readings = new PhoneReadings(sessionId, answers, question::get, new BackgroundWork(tasks, dialogs, "Phones"));
        // A phone's answer is reported on a server thread; the screen's work is only ever asked for on its own.
        server.onActivity(() -> ui.execute(this::refresh));
        run.stateProperty().addListener((obs, old, state) -> arrive(state));
    }

    /**
     * Lists the laptop's addresses and reads the room. When phones were on for this workshop (the
     * app closed or crashed mid-session) they come back on by themselves, so phones carry on;
     * not once the workshop has ended.
     */
    public void load() {
        work.run(() -> new Loaded(server.addresses(), answers.room(sessionId), preferences.address(), preferences.port()),
                loaded -> {
                    network.offer(loaded.addresses(), loaded.remembered(), loaded.port());
                    joinCode.set(loaded.room().joinCode());
                    resume = loaded.room().phonesOn();
                    resumeIfWanted();
                });
    }

    private void resumeIfWanted() {
        RunState state = run.stateProperty().get();
        if (!resume || state == null) {
            return;
        }
        resume = false;
        if (state.session().status() == SessionStatus.FINISHED) {
            work.run(() -> answers.setPhonesOn(sessionId, false), room -> readings.changed());
        } else if (network.addressProperty().get() != null) {
            turnOn();
        }
    }

    private record Loaded(List<LanAddress> addresses, RoomState room, Optional<String> remembered, int port) {
    }

    public void turnOn() {
        Optional<String> problem = network.problem();
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        String chosen = network.addressProperty().get().address();
        int chosenPort = network.chosenPort();
        RunState state = run.stateProperty().get();
        work.run(() -> {
            String started = server.start(sessionId, chosen, chosenPort);
            RoomState room = answers.setPhonesOn(sessionId, true);
            preferences.remember(chosen, chosenPort);
            if (state != null) {
                server.follow(state);
            }
            return new Started(started, room);
        }, started -> {
            on.set(true);
            url.set(started.url());
            joinCode.set(started.room().joinCode());
            message.set("Phones on. Run the self-test before the room joins.");
            refresh();
        }, failure -> message.set(failure instanceof PhoneServerException ? failure.getMessage()
                : "Phones could not be turned on: " + failure.getMessage()));
    }

    private record Started(String url, RoomState room) {
    }

    /** Phones off: the server stops at once and the laptop no longer answers phones. */
    public void turnOff() {
        server.stop();
        on.set(false);
        url.set("");
        message.set("Phones off. Answers already given are kept.");
        work.run(() -> answers.setPhonesOn(sessionId, false), room -> readings.changed());
    }

    public void selfTest() {
        message.set("Testing\u2026");
        work.run(server::selfTest, result -> message.set(result.message()));
    }

    /** A new join code: everyone joins again with it (their answers stay); for a code that got out of the room. */
    public void changeCode() {
        if (!dialogs.confirm("Change the join code", "Everyone must join again with the new code. Answers already "
                + "given are kept.", "Change code")) {
            return;
        }
        work.run(() -> {
            RoomState room = answers.changeCode(sessionId);
            server.refresh();
            return room;
        }, room -> {
            joinCode.set(room.joinCode());
            message.set("New join code " + room.joinCode() + ". Phones must join again.");
            refresh();
        });
    }

    public void closeAnswering() {
        RoomQuestion q = question.get();
        if (q.asksAnything()) {
            work.run(() -> {
                answers.close(sessionId, q.key());
                server.refresh();
                return q;
            }, done -> refresh());
        }
    }

    public void reopenAnswering() {
        RoomQuestion q = question.get();
        if (q.asksAnything()) {
            work.run(() -> {
                answers.reopen(sessionId, q.key());
                server.refresh();
                return q;
            }, done -> refresh());
        }
    }

    public void approve(DeviceAnswer answer) {
        moderate(answer, Moderation.APPROVED);
    }

    public void hide(DeviceAnswer answer) {
        moderate(answer, Moderation.HIDDEN);
    }

    /**
     * The console is closing (leaving it, ending the workshop, closing the app): the server stops
     * at once; phones stay on for the workshop, to come back when it is opened again unless it ended.
     */
    public void leave() {
        server.stop();
    }

    private void moderate(DeviceAnswer answer, Moderation moderation) {
        work.run(() -> answers.moderate(sessionId, answer, moderation), done -> refresh());
    }

    /** Phones follow the room. */
    private void arrive(RunState state) {
        if (state == null) {
            return;
        }
        question.set(RoomQuestions.of(state));
        resumeIfWanted();
        if (on.get()) {
            server.follow(state);
        }
        refresh();
    }

    /** Reads the counts and the answers again, off the FX thread; asked for by every phone's answer. */
    public void refresh() {
        readings.refresh();
    }

    /** The open answers to the question on now, waiting ones first, for the moderation queue. */
    public List<DeviceAnswer> openAnswers() {
        return readings.openAnswers();
    }

    public long sessionId() {
        return sessionId;
    }

    public RunViewModel run() {
        return run;
    }

    /** The network and port phones are to use. */
    public NetworkChoice network() {
        return network;
    }

    public ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinCodeProperty() {
        return joinCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RoomQuestion> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return readings.closedProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** Per agency, joined and answered the question on now; never which answer. */
    public ObservableList<AgencyCount> counts() {
        return readings.counts();
    }

    /** Every phone answer of this workshop, for the projector's results; moves whenever {@link #revisionProperty()} does. */
    public ObservableList<DeviceAnswer> sessionAnswers() {
        return readings.sessionAnswers();
    }

    /** Moves whenever anything the screens show of phones has changed. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return readings.revisionProperty();
    }
}
