package org.threshold.workshop.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Note;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.Pack;
import org.threshold.store.AgendaRepository;
import org.threshold.store.Database;
import org.threshold.store.JournalRepository;
import org.threshold.store.NoteRepository;
import org.threshold.store.ResponseRepository;
import org.threshold.store.RevealRepository;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.store.SessionRepository;
import org.threshold.workshop.SessionPlanner;
import org.threshold.workshop.stand.StandRunner;

/**
 * Running a workshop in the room. Every move, reveal and answer is committed before the screen
 * changes, and journalled, so a crash or a closed lid resumes at the same item and stage.
 */
public final class WorkshopRunner {
    private final Database database;
    private final SessionPlanner planner;
    private final Clock clock;
    private final SessionRepository sessions;
    private final AgendaRepository agenda;
    private final RevealRepository reveals;
    private final ResponseRepository responses;
    private final NoteRepository notes;
    private final JournalRepository journal;
    private final MeasuresRunner measures;
    private final StandRunner stand;

    public WorkshopRunner(Database database, SessionPlanner planner, Clock clock) {
        this.database = database;
        this.planner = planner;
        this.clock = clock;
        this.sessions = new SessionRepository(database);
        this.agenda = new AgendaRepository(database);
        this.reveals = new RevealRepository(database);
        this.responses = new ResponseRepository(database);
        this.notes = new NoteRepository(database);
        this.journal = new JournalRepository(database);
        this.measures = new MeasuresRunner(database, clock);
        this.stand = new StandRunner(database, clock);
    }

    /** The trust, confidence, myth-or-fact and agency-card exercises of the same workshop. */
    public MeasuresRunner measures() {
        return measures;
    }

    /** The "Where we stand" item of the same workshop. */
    public StandRunner stand() {
        return stand;
    }

    /** Opens a session for running at the place it stopped; a planned session becomes in progress. */
    public RunState start(long sessionId) {
        return database.transaction(() -> {
            Pack pack = planner.load(sessionId).pack();
            WorkshopSession session = sessions.find(sessionId).orElseThrow();
            List<AgendaItem> items = agenda.list(sessionId);
            if (items.isEmpty()) {
                throw new IllegalStateException("This workshop has no agenda yet. Add items to its plan first.");
            }
            Instant now = clock.instant();
            boolean first = session.status() == SessionStatus.PLANNED;
            if (first) {
                sessions.setStatus(sessionId, SessionStatus.RUNNING, now);
            }
            AgendaPosition position = new AgendaCursor(items, pack).clamp(session.position());
            AgendaItem current = items.get(position.itemIndex());
            agenda.markStarted(current.id(), now);
            journal.append(sessionId, first ? "started" : "resumed", describe(items, position), now);
            // Still on its first visit (a crash, a closed lid): the item's time runs on from when it began.
            Instant arrived = current.startedAt() != null && current.endedAt() == null ? current.startedAt() : now;
            return load(sessionId, pack, position, arrived);
        });
    }

    public RunState next(RunState state) {
        return move(state, state.cursor().next(state.position()));
    }

    public RunState previous(RunState state) {
        return move(state, state.cursor().previous(state.position()));
    }

    public RunState jumpTo(RunState state, int itemIndex) {
        return move(state, state.cursor().jumpTo(itemIndex));
    }

    public RunState reveal(RunState state) {
        Instant now = clock.instant();
        database.transaction(() -> {
            reveals.reveal(state.key(), now);
            journal.append(state.session().id(), "revealed", describe(state.agenda(), state.position()), now);
        });
        Set<DecisionKey> revealed = new HashSet<>(state.revealed());
        revealed.add(state.key());
        return state.withRevealed(revealed);
    }

    /** Takes a reveal back: the room sees the question again, as before R, and the journal says so. */
    public RunState hide(RunState state) {
        Instant now = clock.instant();
        database.transaction(() -> {
            reveals.hide(state.key());
            journal.append(state.session().id(), "hidden", describe(state.agenda(), state.position()), now);
        });
        Set<DecisionKey> revealed = new HashSet<>(state.revealed());
        revealed.remove(state.key());
        return state.withRevealed(revealed);
    }

    public void blank(RunState state, boolean blanked) {
        journal.append(state.session().id(), blanked ? "blanked the display" : "showed the display", "", clock.instant());
    }

    /** Ends the day: the session is finished, the last item closed, and the list shows it as such. */
    public RunState finish(RunState state) {
        Instant now = clock.instant();
        database.transaction(() -> {
            closeVisit(state, now);
            sessions.setStatus(state.session().id(), SessionStatus.FINISHED, now);
            journal.append(state.session().id(), "finished", "", now);
        });
        return load(state.session().id(), state.pack(), state.position(), null);
    }

    /**
     * Replaces one agency's answers at the state's decision point: the stage they were typed for,
     * whatever the room has moved on to since. A show of hands above the agency's headcount is refused.
     */
    public void recordAnswers(RunState state, String agencyCode, List<Response> answers) {
        int hands = answers.stream().filter(r -> r.source() == ResponseSource.SHOW_OF_HANDS).mapToInt(Response::count).sum();
        Headcounts.check(state.agencies(), agencyCode, hands);
        Instant now = clock.instant();
        database.transaction(() -> {
            responses.replaceAgencyAnswers(state.session().id(), state.key(), agencyCode, answers, now);
            journal.append(state.session().id(), "answers entered", agencyCode + " at " + describe(state.agenda(),
                    state.position()), now);
        });
    }

    /** Every answer recorded against the current agenda item, all stages: the debrief needs them together. */
    public List<Response> itemAnswers(RunState state) {
        return responses.listForItem(state.session().id(), state.item().id());
    }

    public Note addNote(RunState state, Note note) {
        return database.transaction(() -> {
            Note saved = notes.add(state.session().id(), note);
            journal.append(state.session().id(), "note added", note.kind().label(), clock.instant());
            return saved;
        });
    }

    public void deleteNote(RunState state, long noteId) {
        database.transaction(() -> {
            notes.delete(noteId);
            journal.append(state.session().id(), "note deleted", "", clock.instant());
        });
    }

    public List<Note> notes(long sessionId) {
        return notes.list(sessionId);
    }

    private RunState move(RunState state, AgendaPosition to) {
        if (to.equals(state.position())) {
            return state;
        }
        Instant now = clock.instant();
        long sessionId = state.session().id();
        boolean newItem = to.itemIndex() != state.position().itemIndex();
        database.transaction(() -> {
            if (newItem) {
                closeVisit(state, now);
                agenda.markStarted(state.agenda().get(to.itemIndex()).id(), now);
            }
            sessions.savePosition(sessionId, to, now);
            journal.append(sessionId, "moved", describe(state.agenda(), to), now);
        });
        return load(sessionId, state.pack(), to, newItem ? now : state.arrivedAt());
    }

    /**
     * An item keeps the times of its longest visit: a stray PageDown and back, or a look at an
     * earlier item, never makes two items' times overlap in the summary.
     */
    private void closeVisit(RunState state, Instant now) {
        AgendaItem item = state.item();
        Instant arrived = state.arrivedAt() != null ? state.arrivedAt() : item.startedAt();
        if (arrived == null) {
            return;
        }
        boolean longest = item.startedAt() == null || item.endedAt() == null
                || Duration.between(arrived, now).compareTo(Duration.between(item.startedAt(), item.endedAt())) > 0;
        if (longest) {
            agenda.recordVisit(item.id(), arrived, now);
        }
    }

    private RunState load(long sessionId, Pack pack, AgendaPosition position, Instant arrivedAt) {
        WorkshopSession session = sessions.find(sessionId).orElseThrow();
        return new RunState(session, new SessionAgencyRepository(database).list(sessionId), agenda.list(sessionId), pack,
                position, reveals.revealed(sessionId), arrivedAt);
    }

    private static String describe(List<AgendaItem> items, AgendaPosition position) {
        return "item " + (position.itemIndex() + 1) + " (" + items.get(position.itemIndex()).title() + "), step "
                + (position.stageIndex() + 1);
    }
}
