package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.ContentSnapshot;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.TrustRating;
import org.threshold.domain.WorkshopSession;

class RepositoriesTest {
    private static final Instant T0 = Instant.parse("2026-03-12T09:30:00Z");

    @TempDir
    Path dir;
    Database db;
    WorkshopSession session;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("r.db"));
        session = new SessionRepository(db).create("uid-1", DatabaseTest.details(), SessionStatus.PLANNED, T0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void sessionsRoundTripAndRememberWhereTheyStopped() {
        SessionRepository sessions = new SessionRepository(db);
        sessions.savePosition(session.id(), new AgendaPosition(3, 2), T0.plusSeconds(60));
        sessions.setStatus(session.id(), SessionStatus.RUNNING, T0.plusSeconds(60));
        WorkshopSession read = sessions.find(session.id()).orElseThrow();
        assertEquals(new AgendaPosition(3, 2), read.position());
        assertEquals(SessionStatus.RUNNING, read.status());
        assertEquals(session.title(), read.title());
        assertEquals(session.date(), read.date());
        assertEquals(read, sessions.findByUid("uid-1").orElseThrow());
    }

    @Test
    void agendaEditsKeepTheIdsOfItemsAlreadyStored() {
        AgendaRepository agenda = new AgendaRepository(db);
        List<AgendaItem> first = agenda.save(session.id(), List.of(
                AgendaItem.planned(AgendaItemKind.WELCOME, "Welcome", "", 10),
                AgendaItem.planned(AgendaItemKind.SCENARIO, "Quiet concerns", "quiet-concerns", 40)));
        AgendaItem scenario = first.get(1);
        List<AgendaItem> second = agenda.save(session.id(), List.of(scenario,
                AgendaItem.planned(AgendaItemKind.BREAK, "Break", "", 15)));
        assertEquals(scenario.id(), second.get(0).id());
        assertEquals(0, second.get(0).position());
        assertEquals(List.of("Quiet concerns", "Break"), agenda.list(session.id()).stream().map(AgendaItem::title).toList());
        agenda.markStarted(scenario.id(), T0);
        agenda.markStarted(scenario.id(), T0.plusSeconds(600));
        assertEquals(T0, agenda.list(session.id()).get(0).startedAt());
    }

    @Test
    void answeringAgainReplacesThatAgencysAnswersOnly() {
        AgendaItem item = new AgendaRepository(db).save(session.id(),
                List.of(AgendaItem.planned(AgendaItemKind.SCENARIO, "S", "s", 30))).get(0);
        DecisionKey key = new DecisionKey(item.id(), 1);
        ResponseRepository responses = new ResponseRepository(db);
        responses.replaceAgencyAnswers(session.id(), key, "police",
                List.of(Response.hands(key, "police", "share-now", 3), Response.hands(key, "police", "seek-advice", 2)), T0);
        responses.replaceAgencyAnswers(session.id(), key, "health", List.of(Response.hands(key, "health", "share-now", 4)), T0);
        Response table = new Response(key, "police", 1, "dont-share-yet", 1, ResponseSource.TABLE_DECISION,
                "health", "public-task", 4, "Below threshold on its own");
        responses.replaceAgencyAnswers(session.id(), key, "police", List.of(table), T0);
        assertEquals(List.of(Response.hands(key, "health", "share-now", 4), table), responses.listFor(key));
        assertThrows(IllegalArgumentException.class, () -> responses.replaceAgencyAnswers(session.id(), key, "health",
                List.of(table), T0));
    }

    @Test
    void measuresNotesAndAgenciesAreStored() {
        new SessionAgencyRepository(db).replaceAll(session.id(), List.of(
                new SessionAgency("police", "Police", 5, 1), new SessionAgency("health", "Health / NHS", 6, 2)));
        assertEquals(2, new SessionAgencyRepository(db).list(session.id()).size());

        TrustRepository trust = new TrustRepository(db);
        trust.save(session.id(), new TrustRating(MeasurePhase.BASELINE, "police", "health", 2, 5, ""));
        trust.save(session.id(), new TrustRating(MeasurePhase.BASELINE, "police", "health", 3, 5, "Named contact"));
        assertEquals(List.of(new TrustRating(MeasurePhase.BASELINE, "police", "health", 3, 5, "Named contact")),
                trust.list(session.id()));

        NoteRepository notes = new NoteRepository(db);
        Note action = notes.add(session.id(), new Note(0, 0, NoteKind.ACTION, "Share the MASH contact list", "police", T0));
        notes.update(new Note(action.id(), 0, NoteKind.ACTION, "Share the MASH contact list by Friday", "police", T0));
        assertEquals("Share the MASH contact list by Friday", notes.list(session.id()).get(0).text());
        notes.delete(action.id());
        assertTrue(notes.list(session.id()).isEmpty());

        new SnapshotRepository(db).save(session.id(), new ContentSnapshot("p", "1.0", "{}", T0));
        assertEquals("p", new SnapshotRepository(db).find(session.id()).orElseThrow().packId());
    }

    @Test
    void deletingASessionRemovesEverythingRecordedInIt() {
        new TrustRepository(db).save(session.id(), new TrustRating(MeasurePhase.BASELINE, "police", "health", 2, 5, ""));
        new NoteRepository(db).add(session.id(), new Note(0, 0, NoteKind.BARRIER, "Fear of blame", "", T0));
        assertTrue(new SessionRepository(db).delete(session.id()));
        assertTrue(new TrustRepository(db).list(session.id()).isEmpty());
        assertTrue(new NoteRepository(db).list(session.id()).isEmpty());
    }

    @Test
    void theJournalIsAppendOnly() {
        JournalRepository journal = new JournalRepository(db);
        journal.append(session.id(), "reveal", "stage 2", T0);
        assertEquals("reveal", journal.list(session.id()).get(0).action());
        StoreException e = assertThrows(StoreException.class,
                () -> db.write(c -> c.createStatement().executeUpdate("UPDATE journal SET action = 'x'")));
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
    }

    @Test
    void settingsAndPacksAreKept() {
        SettingsRepository settings = new SettingsRepository(db);
        settings.put("theme", "dark");
        settings.put("theme", "projector");
        assertEquals("projector", settings.get("theme").orElseThrow());
        PackRepository packs = new PackRepository(db);
        packs.save(new StoredPack("local", "Local pack", "1.0", "imported", "{}", T0));
        assertEquals("Local pack", packs.find("local").orElseThrow().title());
        assertTrue(packs.delete("local"));
    }
}
