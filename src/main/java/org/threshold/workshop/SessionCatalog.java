package org.threshold.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.AgendaRepository;
import org.threshold.store.Database;
import org.threshold.store.JournalRepository;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.store.SessionRepository;
import org.threshold.store.SnapshotRepository;

/** The list of workshops on this computer: create, find, duplicate and delete them. */
public final class SessionCatalog {
    private final Database database;
    private final SessionRepository sessions;
    private final SessionAgencyRepository agencies;
    private final AgendaRepository agenda;
    private final SnapshotRepository snapshots;
    private final JournalRepository journal;
    private final Clock clock;

    public SessionCatalog(Database database, Clock clock) {
        this.database = database;
        this.sessions = new SessionRepository(database);
        this.agencies = new SessionAgencyRepository(database);
        this.agenda = new AgendaRepository(database);
        this.snapshots = new SnapshotRepository(database);
        this.journal = new JournalRepository(database);
        this.clock = clock;
    }

    /** Three queries, however many workshops there are: the home list stays quick with years of them. */
    public List<SessionOverview> list() {
        List<WorkshopSession> all = sessions.list();
        Map<Long, List<SessionAgency>> agenciesBySession = agencies.listAll();
        Map<Long, List<AgendaItem>> agendaBySession = agenda.listAll();
        return all.stream().map(s -> new SessionOverview(s, agenciesBySession.getOrDefault(s.id(), List.of()),
                agendaBySession.getOrDefault(s.id(), List.of()))).toList();
    }

    /**
     * Matches the words typed against title, venue and the date as written (2026-03-12) or spoken (12 March),
     * over a list already read, so a screen that shows both reads the store once.
     */
    public static List<SessionOverview> matching(List<SessionOverview> all, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return all;
        }
        return all.stream().filter(o -> searchableText(o.session()).contains(needle)).toList();
    }

    public Optional<SessionOverview> find(long id) {
        return sessions.find(id).map(this::overview);
    }

    public WorkshopSession create(SessionDetails details) {
        Instant now = clock.instant();
        return database.transaction(() -> {
            WorkshopSession created = sessions.create(UUID.randomUUID().toString(), details, SessionStatus.PLANNED, now);
            journal.append(created.id(), "created", details.title(), now);
            return created;
        });
    }

    /**
     * Copies a session's plan - details, agencies, agenda and content snapshot - as a new
     * planned session, without any of the answers, ratings or notes recorded in the original.
     */
    public WorkshopSession duplicate(long id) {
        Instant now = clock.instant();
        return database.transaction(() -> {
            WorkshopSession original = sessions.find(id).orElseThrow(() -> missing(id));
            SessionDetails details = new SessionDetails(original.title() + " (copy)", original.date(), original.venue(),
                    original.facilitators(), original.plannedMinutes(), original.anonymityThreshold(),
                    original.partnership());
            WorkshopSession copy = sessions.create(UUID.randomUUID().toString(), details, SessionStatus.PLANNED, now);
            agencies.replaceAll(copy.id(), agencies.list(id));
            agenda.save(copy.id(), agenda.list(id).stream()
                    .map(i -> AgendaItem.planned(i.kind(), i.title(), i.contentRef(), i.plannedMinutes())).toList());
            snapshots.find(id).ifPresent(s -> snapshots.save(copy.id(), s));
            journal.append(copy.id(), "duplicated", "from session " + original.uid(), now);
            return copy;
        });
    }

    public boolean delete(long id) {
        return sessions.delete(id);
    }

    /** The workshops held more than {@code months} months ago, for a retention clean-up. */
    public List<WorkshopSession> heldMoreThanMonthsAgo(int months) {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(months);
        return sessions.list().stream().filter(s -> s.date().isBefore(cutoff)).toList();
    }

    /**
     * Deletes those workshops with everything recorded in them, journal included, in one
     * transaction. Deleted pages are overwritten in the file (secure_delete); backups taken
     * earlier still hold them until they rotate out.
     */
    public int purgeHeldMoreThanMonthsAgo(int months) {
        return database.transaction(() -> {
            List<WorkshopSession> old = heldMoreThanMonthsAgo(months);
            for (WorkshopSession session : old) {
                sessions.delete(session.id());
                journal.deleteForSession(session.id());
            }
            return old.size();
        });
    }

    private SessionOverview overview(WorkshopSession session) {
        return new SessionOverview(session, agencies.list(session.id()), agenda.list(session.id()));
    }

    private static String searchableText(WorkshopSession s) {
        return String.join(" ", s.title(), s.venue(), s.partnership(), s.date().toString(), Dates.spoken(s.date()))
                .toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException missing(long id) {
        return new IllegalArgumentException("There is no session " + id + " in this database");
    }
}
