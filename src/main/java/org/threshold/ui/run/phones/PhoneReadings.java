package org.threshold.ui.run.phones;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Moderation;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.workshop.phones.AgencyCount;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.phones.QuestionKind;
import org.threshold.workshop.phones.RoomQuestion;

/**
 * What the phones have said, as last read: per agency who joined and answered the question on
 * now, whether it is closed, and every phone answer of the workshop. Read again on its own queue,
 * apart from the changes, so a room of phones answering never holds the Phones switch, and however
 * many phones answer at once, one read runs and at most one more follows it.
 */
final class PhoneReadings {
    private final long sessionId;
    private final PhoneAnswers answers;
    private final Supplier<RoomQuestion> question;
    private final BackgroundWork reading;
    private final CoalescedRefresh refresher = new CoalescedRefresh(this::reload);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private final ObservableList<AgencyCount> counts = FXCollections.observableArrayList();
    private final ObservableList<DeviceAnswer> sessionAnswers = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    PhoneReadings(long sessionId, PhoneAnswers answers, Supplier<RoomQuestion> question, BackgroundWork reading) {
        this.sessionId = sessionId;
        this.answers = answers;
        this.question = question;
        this.reading = reading;
    }

    void refresh() {
        refresher.ask();
    }

    /** Something the screens show of phones changed without a read: the room's phones switched on or off. */
    void changed() {
        revision.set(revision.get() + 1);
    }

    private void reload(Runnable done) {
        RoomQuestion q = question.get();
        reading.run(() -> new Snapshot(answers.counts(sessionId, q.key()), answers.isClosed(q.key()),
                answers.sessionAnswers(sessionId)), snapshot -> {
                    counts.setAll(snapshot.counts());
                    closed.set(snapshot.closed());
                    sessionAnswers.setAll(snapshot.answers());
                    changed();
                    done.run();
                }, failure -> done.run());
    }

    private record Snapshot(List<AgencyCount> counts, boolean closed, List<DeviceAnswer> answers) {
    }

    /** The open answers to the question on now, waiting ones first, for the moderation queue. */
    List<DeviceAnswer> openAnswers() {
        RoomQuestion q = question.get();
        return q.kind() != QuestionKind.OPEN ? List.of() : sessionAnswers.stream().filter(a -> a.key().equals(q.key()))
                .sorted(Comparator.comparing(a -> a.moderation() != Moderation.PENDING)).toList();
    }

    ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    ObservableList<AgencyCount> counts() {
        return FXCollections.unmodifiableObservableList(counts);
    }

    ObservableList<DeviceAnswer> sessionAnswers() {
        return FXCollections.unmodifiableObservableList(sessionAnswers);
    }

    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
