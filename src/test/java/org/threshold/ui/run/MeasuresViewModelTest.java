package org.threshold.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.store.Database;
import org.threshold.store.JournalRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.HeldTasks;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.testing.Workshops;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.WorkshopRunner;

class MeasuresViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T09:30:00Z"), ZoneOffset.UTC);
    static final List<SessionAgency> ROOM = List.of(new SessionAgency("police", "Police", 5, 1),
            new SessionAgency("health", "Health / NHS", 4, 1), new SessionAgency("housing", "Housing", 3, 1));

    @TempDir
    Path dir;
    Database db;
    long session;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("vm.db"));
        session = Workshops.plan(db, CLOCK, ROOM, List.of(
                AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust: start", "BASELINE", 10),
                AgendaItem.planned(AgendaItemKind.QUIZ, "Myth or fact", "", 10),
                AgendaItem.planned(AgendaItemKind.CONFIDENCE_CHECK, "Confidence: end", "FOLLOW_UP", 10),
                AgendaItem.planned(AgendaItemKind.AGENCY_CARDS, "Cards", "", 10)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RunViewModel run(TaskExecutor tasks) {
        RunViewModel run = new RunViewModel(session, new WorkshopRunner(db, Workshops.planner(db, CLOCK), CLOCK), tasks,
                dialogs, new RecordingNavigator(), CLOCK);
        run.start();
        return run;
    }

    private long journalled(String action) {
        return new JournalRepository(db).list(session).stream().filter(e -> e.action().equals(action)).count();
    }

    @Test
    void aTrustRatingIsSavedAtOnceAndReadBackForBothWindows() {
        RunViewModel run = run(new DirectTaskExecutor());
        MeasuresViewModel measures = run.measures();
        assertEquals(MeasurePhase.BASELINE, measures.phase());
        measures.rateTrust("police", "health", 4);
        measures.rateTrust("police", "health", 4);
        Measures saved = measures.measuresProperty().get();
        assertEquals(4, saved.trust(MeasurePhase.BASELINE, "police", "health").orElseThrow().score());
        assertEquals(5, saved.trust(MeasurePhase.BASELINE, "police", "health").orElseThrow().n());
        assertEquals(1, journalled("trust rated"), "the same score again writes nothing");
        assertEquals("Saved Police \u2192 Health / NHS: 4.", measures.statusProperty().get());
        measures.commentTrust("police", "health", "A named contact");
        measures.rateTrust("police", "health", null);
        assertTrue(measures.measuresProperty().get().trust().isEmpty());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aCommentWaitsForAScore() {
        MeasuresViewModel measures = run(new DirectTaskExecutor()).measures();
        measures.commentTrust("health", "police", "Knowing who to ring");
        assertEquals("Give a score first; the comment goes with it.", measures.statusProperty().get());
        assertTrue(measures.measuresProperty().get().trust().isEmpty());
    }

    @Test
    void savesReachTheStoreOneAtATimeInTheOrderTyped() {
        HeldTasks held = new HeldTasks();
        RunViewModel run = run(held);
        held.runAll();
        MeasuresViewModel measures = run.measures();
        measures.rateTrust("police", "health", 2);
        measures.rateTrust("police", "health", 3);
        measures.rateTrust("health", "police", 5);
        assertEquals(1, held.waiting(), "one save at a time");
        assertTrue(measures.savingProperty().get());
        held.runAll();
        assertFalse(measures.savingProperty().get());
        Measures saved = measures.measuresProperty().get();
        assertEquals(3, saved.trust(MeasurePhase.BASELINE, "police", "health").orElseThrow().score(), "the later digit wins");
        assertEquals(5, saved.trust(MeasurePhase.BASELINE, "health", "police").orElseThrow().score());
    }

    @Test
    void confidenceMythAnswersAndCardsAreSavedForTheCurrentItem() {
        RunViewModel run = run(new DirectTaskExecutor());
        MeasuresViewModel measures = run.measures();
        run.jumpTo(1);
        String myth = run.stateProperty().get().myth().orElseThrow().id();
        measures.recordMyth(myth, "police", 4, 1);
        measures.recordMyth(myth, "health", 0, 0);
        run.jumpTo(2);
        assertEquals(MeasurePhase.FOLLOW_UP, measures.phase());
        measures.recordConfidence("kq-purpose", "housing", List.of(0, 1, 1, 1, 0));
        run.jumpTo(3);
        measures.saveCard(new AgencyCard("housing", "Tenancy concerns", "", "Duty officer"));
        measures.saveCard(new AgencyCard("police", "", "", ""));
        Measures saved = measures.measuresProperty().get();
        assertEquals(new MythAnswer(MeasurePhase.BASELINE, myth, "police", 4, 1),
                saved.myth(MeasurePhase.BASELINE, myth, "police").orElseThrow());
        assertTrue(saved.myth(MeasurePhase.BASELINE, myth, "health").isEmpty(), "nothing entered: nothing saved");
        assertEquals(3, java.util.Arrays.stream(saved.confidence(MeasurePhase.FOLLOW_UP, "kq-purpose", "housing")).sum());
        assertEquals("Duty officer", saved.card("housing").orElseThrow().reachUs());
        assertTrue(saved.card("police").isEmpty(), "an empty card is not saved");
        assertEquals(1, journalled("myth answers entered"));
        assertEquals(1, journalled("confidence entered"));
        assertEquals(1, journalled("agency card saved"));
    }
}
