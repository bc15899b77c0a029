package org.threshold.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.TrustRating;
import org.threshold.store.Database;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.testing.Workshops;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.WorkshopRunner;

/** The myth round before and the round after keep their own answers; a trust cell can say "don't know". */
class MythRoundsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    RunViewModel run;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("vm.db"));
        long session = Workshops.plan(db, CLOCK, MeasuresViewModelTest.ROOM, List.of(
                AgendaItem.planned(AgendaItemKind.QUIZ, "Myth or fact: before", "BASELINE", 10),
                AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust: start", "BASELINE", 10),
                AgendaItem.planned(AgendaItemKind.QUIZ, "Myth or fact: after", "FOLLOW_UP", 10)));
        run = new RunViewModel(session, new WorkshopRunner(db, Workshops.planner(db, CLOCK), CLOCK),
                new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator(), CLOCK);
        run.start();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachRoundKeepsItsOwnAnswers() {
        MeasuresViewModel measures = run.measures();
        String myth = run.stateProperty().get().myth().orElseThrow().id();
        measures.recordMyth(myth, "police", 2, 3);
        run.jumpTo(2);
        assertEquals(MeasurePhase.FOLLOW_UP, measures.phase());
        measures.recordMyth(myth, "police", 5, 0);
        Measures saved = measures.measuresProperty().get();
        assertEquals(new MythAnswer(MeasurePhase.BASELINE, myth, "police", 2, 3),
                saved.myth(MeasurePhase.BASELINE, myth, "police").orElseThrow());
        assertEquals(new MythAnswer(MeasurePhase.FOLLOW_UP, myth, "police", 5, 0),
                saved.myth(MeasurePhase.FOLLOW_UP, myth, "police").orElseThrow());
        assertEquals(1, saved.myths(MeasurePhase.FOLLOW_UP).size());
    }

    @Test
    void aTrustCellCanSayDontKnowAndIsThenNoScore() {
        MeasuresViewModel measures = run.measures();
        run.jumpTo(1);
        measures.rateTrust("police", "housing", TrustRating.DONT_KNOW);
        TrustRating saved = measures.measuresProperty().get().trust(MeasurePhase.BASELINE, "police", "housing").orElseThrow();
        assertTrue(saved.saysDontKnow());
        assertEquals(5, saved.n(), "it speaks for the table's agency, like a score");
        assertEquals("Saved Police \u2192 Housing: don't know / no contact.", measures.statusProperty().get());
        measures.rateTrust("police", "housing", 4);
        assertEquals(4, measures.measuresProperty().get().trust(MeasurePhase.BASELINE, "police", "housing").orElseThrow().score());
    }
}
