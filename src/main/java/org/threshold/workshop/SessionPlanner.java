package org.threshold.workshop;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.ContentSnapshot;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.Pack;
import org.threshold.store.AgendaRepository;
import org.threshold.store.Database;
import org.threshold.store.JournalRepository;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.store.SessionRepository;
import org.threshold.store.SnapshotRepository;
import org.threshold.store.TemplateRepository;
import org.threshold.workshop.stand.Partnerships;

/** Planning a workshop: its details, the agencies coming, the content it runs from and its agenda. */
public final class SessionPlanner {
    private final Database database;
    private final PackLibrary packs;
    private final Clock clock;
    private final SessionRepository sessions;
    private final SessionAgencyRepository agencies;
    private final AgendaRepository agenda;
    private final SnapshotRepository snapshots;
    private final JournalRepository journal;
    /** Made on first use: it brings the JSON library, which opening the window does not need. */
    private AgendaTemplates templates;
    private final Partnerships partnerships;

    public SessionPlanner(Database database, PackLibrary packs, Clock clock) {
        this.database = database;
        this.packs = packs;
        this.clock = clock;
        this.sessions = new SessionRepository(database);
        this.agencies = new SessionAgencyRepository(database);
        this.agenda = new AgendaRepository(database);
        this.snapshots = new SnapshotRepository(database);
        this.journal = new JournalRepository(database);
        this.partnerships = new Partnerships(database, clock);
    }

    /** The partnership's earlier workshops, and what became of their actions. */
    public Partnerships partnerships() {
        return partnerships;
    }

    public synchronized AgendaTemplates templates() {
        if (templates == null) {
            templates = new AgendaTemplates(new TemplateRepository(database), clock);
        }
        return templates;
    }

    /** Replaces a planned session's agenda with a saved template's items. */
    public List<AgendaItem> useTemplate(long sessionId, String name) {
        return database.transaction(() -> {
            List<AgendaItem> saved = agenda.save(sessionId, templates().load(name));
            journal.append(sessionId, "agenda from template", name, clock.instant());
            return saved;
        });
    }

    /** Everything the planning screen shows. */
    public record Plan(WorkshopSession session, List<SessionAgency> agencies, List<AgendaItem> agenda, Pack pack) {
    }

    /**
     * Loads a session's plan. A brand-new session is given the bundled pack and the default
     * agenda, so the facilitator edits a sensible day rather than starting from nothing.
     */
    public Plan load(long sessionId) {
        return database.transaction(() -> {
            WorkshopSession session = sessions.find(sessionId)
                    .orElseThrow(() -> new IllegalArgumentException("This workshop is no longer in the database."));
            Optional<ContentSnapshot> snapshot = snapshots.find(sessionId);
            Pack pack;
            if (snapshot.isEmpty()) {
                PackLibrary.LoadedPack loaded = packs.defaultPack();
                snapshots.save(sessionId, new ContentSnapshot(loaded.pack().metadata().id(),
                        loaded.pack().metadata().version(), loaded.json(), clock.instant()));
                pack = loaded.pack();
            } else {
                pack = read(snapshot.get());
            }
            List<AgendaItem> items = agenda.list(sessionId);
            if (items.isEmpty() && session.status() == SessionStatus.PLANNED) {
                items = agenda.save(sessionId, DefaultAgenda.from(pack));
            }
            return new Plan(session, agencies.list(sessionId), items, pack);
        });
    }

    public void saveDetails(long sessionId, SessionDetails details) {
        database.transaction(() -> {
            sessions.updateDetails(sessionId, details, clock.instant());
            journal.append(sessionId, "details changed", details.title(), clock.instant());
        });
    }

    public void saveAgencies(long sessionId, List<SessionAgency> present) {
        agencies.replaceAll(sessionId, present);
    }

    public List<AgendaItem> saveAgenda(long sessionId, List<AgendaItem> items) {
        return agenda.save(sessionId, items);
    }

    /** Switches the content a planned session runs from; a session already run keeps what the room saw. */
    public Plan usePack(long sessionId, PackLibrary.LoadedPack loaded) {
        return database.transaction(() -> {
            WorkshopSession session = sessions.find(sessionId).orElseThrow();
            if (session.status() != SessionStatus.PLANNED) {
                throw new IllegalStateException("This workshop has already been run, so it keeps the content the room saw.");
            }
            snapshots.save(sessionId, new ContentSnapshot(loaded.pack().metadata().id(), loaded.pack().metadata().version(),
                    loaded.json(), clock.instant()));
            agenda.save(sessionId, DefaultAgenda.from(loaded.pack()));
            journal.append(sessionId, "content chosen", loaded.pack().metadata().title(), clock.instant());
            return load(sessionId);
        });
    }

    /** How current a pack's law is, for the facilitator planning with it. */
    public LawCurrency currency(Pack pack) {
        return packs.currency(pack);
    }

    /** The packs a planned session can be switched to. */
    public List<PackLibrary.LoadedPack> availablePacks() {
        return packs.list();
    }

    /** The pack a session was snapshotted with, exactly as the room saw it. */
    public Pack snapshotPack(long sessionId) {
        return snapshots.find(sessionId).map(SessionPlanner::read)
                .orElseThrow(() -> new IllegalStateException("This workshop has no content yet: open its plan first."));
    }

    static Pack read(ContentSnapshot snapshot) {
        return PackDecoder.strict().decode(snapshot.packJson());
    }
}
