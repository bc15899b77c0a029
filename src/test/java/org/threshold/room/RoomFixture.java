package org.threshold.room;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.phones.DeviceTokens;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.run.RunState;

/**
 * A workshop on the bundled pack with phones on: the real store, the real use cases and the real
 * server on loopback, on a port the system picks. Time in the rate limits stands still unless moved.
 */
final class RoomFixture implements AutoCloseable {
    static final List<SessionAgency> AGENCIES = List.of(new SessionAgency("police", "Police", 5, 1),
            new SessionAgency("health", "Health / NHS", 4, 1), new SessionAgency("housing", "Housing", 2, 1));

    final WorkshopFixture workshop;
    final PhoneAnswers answers;
    final RoomServer server;
    final AtomicLong nanos = new AtomicLong();
    final long sessionId;
    RunState state;

    RoomFixture(Path folder) {
        this(folder, RoomLimits.standard(), 0, null);
    }

    /** Opens the same folder again, as the app would after a restart, with phones on the given port. */
    RoomFixture(Path folder, RoomLimits limits, int port, Long existingSession) {
        workshop = new WorkshopFixture(folder);
        answers = new PhoneAnswers(workshop.database, workshop.clock, new DeviceTokens(new SecureRandom()));
        sessionId = existingSession != null ? existingSession : plan();
        state = workshop.runner.start(sessionId);
        answers.setPhonesOn(sessionId, true);
        server = new RoomServer(answers, limits.withClock(nanos::get));
        server.start(sessionId, "127.0.0.1", port);
        server.follow(state);
    }

    private long plan() {
        long id = workshop.catalog.create(SessionDetails.of("Phones test", LocalDate.of(2026, 10, 14), "", "")).id();
        workshop.planner.load(id);
        workshop.planner.saveAgencies(id, AGENCIES);
        workshop.planner.saveAgenda(id, List.of(
                AgendaItem.planned(AgendaItemKind.WELCOME, "Welcome", "", 10),
                AgendaItem.planned(AgendaItemKind.SCENARIO, "Quiet concerns", "quiet-concerns", 30),
                AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust grid", "baseline", 10),
                AgendaItem.planned(AgendaItemKind.CONFIDENCE_CHECK, "Confidence", "baseline", 10),
                AgendaItem.planned(AgendaItemKind.QUIZ, "Myth or fact", "", 10),
                AgendaItem.planned(AgendaItemKind.OPEN_QUESTION, "What stops you sharing?", "", 10),
                AgendaItem.planned(AgendaItemKind.WHERE_WE_STAND, "Where we stand", "", 25)));
        return id;
    }

    /** Moves the room to the first step of the item of {@code kind}, as the console's G and Enter do. */
    RunState goTo(AgendaItemKind kind) {
        for (int i = 0; i < state.agenda().size(); i++) {
            if (state.agenda().get(i).kind() == kind) {
                state = workshop.runner.jumpTo(state, i);
                server.follow(state);
                return state;
            }
        }
        throw new IllegalArgumentException("No " + kind + " on the agenda");
    }

    RunState next() {
        state = workshop.runner.next(state);
        server.follow(state);
        return state;
    }

    String code() {
        return answers.room(sessionId).joinCode();
    }

    Phone phone() {
        return new Phone(server.port());
    }

    @Override
    public void close() {
        server.stop();
        workshop.close();
    }
}
