package org.threshold.workshop.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.JournalEntry;
import org.threshold.domain.Note;
import org.threshold.domain.Response;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.ArchiveCodec;
import org.threshold.report.ArchiveException;
import org.threshold.report.SessionArchive;
import org.threshold.store.AgencyCardRepository;
import org.threshold.store.AgendaRepository;
import org.threshold.store.ConfidenceRepository;
import org.threshold.store.Database;
import org.threshold.store.JournalRepository;
import org.threshold.store.MythAnswerRepository;
import org.threshold.store.NoteRepository;
import org.threshold.store.ResponseRepository;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.store.SessionRepository;
import org.threshold.store.SnapshotRepository;
import org.threshold.store.TrustRepository;

/**
 * Imports a session archive from another installation in one transaction: every row gets a new
 * local id (answers and notes follow their agenda items to the new ids), the session keeps its
 * uid, and a session whose uid is already here is refused rather than duplicated.
 */
public final class ImportArchive {
    private final Database database;
    private final Clock clock;

    public ImportArchive(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public WorkshopSession importFile(Path file, Consumer<ProgressStep> progress) {
        progress.accept(new ProgressStep(0, 2, "Reading " + file.getFileName()));
        SessionArchive archive;
        try {
            archive = new ArchiveCodec().read(file);
        } catch (ArchiveException e) {
            throw new SummaryException(e.getMessage(), e);
        }
        progress.accept(new ProgressStep(1, 2, "Saving the session"));
        WorkshopSession imported = save(archive);
        progress.accept(new ProgressStep(2, 2, "Imported \"" + imported.title() + "\""));
        return imported;
    }

    WorkshopSession save(SessionArchive archive) {
        WorkshopSession original = archive.session();
        SessionRepository sessions = new SessionRepository(database);
        if (sessions.findByUid(original.uid()).isPresent()) {
            throw new SummaryException("\"" + original.title() + "\" (" + original.date() + ") is already in this "
                    + "database, so it was not imported again.");
        }
        Instant now = clock.instant();
        try {
            return database.transaction(() -> {
                WorkshopSession created = sessions.create(original.uid(), new SessionDetails(original.title(),
                        original.date(), original.venue(), original.facilitators(), Math.max(1, original.plannedMinutes()),
                        original.anonymityThreshold(), original.partnership()), original.status(), now);
                long id = created.id();
                sessions.savePosition(id, original.position(), now);
                new SessionAgencyRepository(database).replaceAll(id, archive.agencies());
                Map<Long, Long> items = agenda(id, archive.agenda());
                if (archive.snapshot() != null) {
                    new SnapshotRepository(database).save(id, archive.snapshot());
                }
                responses(id, archive.responses(), items, now);
                archive.trust().forEach(t -> new TrustRepository(database).save(id, t));
                confidence(id, archive.confidence());
                archive.myths().forEach(m -> new MythAnswerRepository(database).save(id, m));
                archive.cards().forEach(c -> new AgencyCardRepository(database).save(id, c));
                NoteRepository notes = new NoteRepository(database);
                for (Note n : archive.notes()) {
                    notes.add(id, new Note(0, item(items, n.agendaItemId()), n.kind(), n.text(), n.ownerAgency(),
                            n.createdAt(), n.statementId(), n.due()));
                }
                StandArchive.save(database, id, archive);
                PhoneArchive.save(database, id, archive.phoneAnswers(), archived -> item(items, archived), now);
                JournalRepository journal = new JournalRepository(database);
                for (JournalEntry entry : archive.journal()) {
                    journal.append(id, entry.action(), entry.detail(), entry.at());
                }
                journal.append(id, "imported", "from a session archive exported " + archive.exportedAt(), now);
                return sessions.find(id).orElseThrow();
            });
        } catch (IllegalArgumentException e) {
            throw new SummaryException("The archive of \"" + original.title() + "\" is damaged (" + e.getMessage()
                    + "); nothing was imported.", e);
        }
    }

    /** Saves the agenda as new items and maps each archived id to its new one. */
    private Map<Long, Long> agenda(long sessionId, List<AgendaItem> archived) {
        List<AgendaItem> fresh = archived.stream().map(i -> new AgendaItem(0, 0, i.kind(), i.title(), i.contentRef(),
                i.plannedMinutes(), i.startedAt(), i.endedAt())).toList();
        List<AgendaItem> saved = new AgendaRepository(database).save(sessionId, fresh);
        Map<Long, Long> ids = new HashMap<>();
        for (int i = 0; i < archived.size(); i++) {
            ids.put(archived.get(i).id(), saved.get(i).id());
        }
        return ids;
    }

    private void responses(long sessionId, List<Response> responses, Map<Long, Long> items, Instant now) {
        Map<String, List<Response>> groups = new LinkedHashMap<>();
        for (Response r : responses) {
            DecisionKey key = new DecisionKey(item(items, r.key().agendaItemId()), r.key().stageIndex());
            Response moved = new Response(key, r.agencyCode(), r.tableNo(), r.optionId(), r.count(), r.source(),
                    r.withWhom(), r.basis(), r.confidence(), r.rationale());
            groups.computeIfAbsent(key.agendaItemId() + "/" + key.stageIndex() + "/" + r.agencyCode(),
                    k -> new ArrayList<>()).add(moved);
        }
        ResponseRepository repository = new ResponseRepository(database);
        for (List<Response> group : groups.values()) {
            Response first = group.get(0);
            repository.replaceAgencyAnswers(sessionId, first.key(), first.agencyCode(), group, now);
        }
    }

    private void confidence(long sessionId, List<ConfidenceRating> ratings) {
        Map<String, List<ConfidenceRating>> groups = new LinkedHashMap<>();
        ratings.forEach(r -> groups.computeIfAbsent(r.phase() + "/" + r.itemId() + "/" + r.agencyCode(),
                k -> new ArrayList<>()).add(r));
        ConfidenceRepository repository = new ConfidenceRepository(database);
        for (List<ConfidenceRating> group : groups.values()) {
            ConfidenceRating first = group.get(0);
            repository.replace(sessionId, first.phase(), first.itemId(), first.agencyCode(), group);
        }
    }

    /** The new id of an archived agenda item; 0 (the whole session) stays 0. */
    private static long item(Map<Long, Long> items, long archivedId) {
        if (archivedId == 0) {
            return 0;
        }
        Long id = items.get(archivedId);
        if (id == null) {
            throw new IllegalArgumentException("a record refers to agenda item " + archivedId + ", which is not in the archive");
        }
        return id;
    }
}
