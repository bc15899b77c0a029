package org.threshold.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Moderation;
import org.threshold.domain.NoteKind;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.store.JournalRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.testing.Workshops;
import org.threshold.workshop.WorkshopFixture;

/** The console's "Where we stand" model: what it saves, what it refuses, and where an action goes. */
class StandViewModelTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    RunViewModel run;
    long id;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        id = Workshops.plan(fixture.database, fixture.clock, List.of(new SessionAgency("police", "Police", 4, 1),
                new SessionAgency("health", "Health / NHS", 5, 1)), List.of(
                AgendaItem.planned(AgendaItemKind.WHERE_WE_STAND, "Where we stand", "", 25),
                AgendaItem.planned(AgendaItemKind.CLOSE, "Commitments and close", "", 10)));
        run = new RunViewModel(id, fixture.runner, new DirectTaskExecutor(), dialogs, new RecordingNavigator(),
                fixture.clock);
        run.start();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private long journalLines(String action) {
        return new JournalRepository(fixture.database).list(id).stream().filter(e -> e.action().equals(action)).count();
    }

    @Test
    void aTableAnswerIsSavedOnceAndClearedWhenRubbedOut() {
        StandViewModel stand = run.stand();
        stand.recordJourneyTable("police", "scoping");
        stand.recordJourneyTable("police", "scoping");
        assertEquals("scoping", stand.answersProperty().get().tableStage("police"));
        assertEquals(1, journalLines("journey placed"), "the same stage typed again writes nothing");
        stand.recordRatingTable("signed-agreement", "health", 0);
        assertEquals(0, stand.answersProperty().get().tableScore("signed-agreement", "health"), "don't know is kept");
        stand.recordRatingTable("signed-agreement", "health", null);
        assertEquals(-1, stand.answersProperty().get().tableScore("signed-agreement", "health"));
        assertEquals("Saved Health / NHS's rating.", stand.statusProperty().get());
    }

    @Test
    void theConsoleAnalysesThePhonesAnswersBesideTheTypedOnesAsTheProjectorDoes() {
        StandViewModel stand = run.stand();
        stand.recordRatingTable("signed-agreement", "police", 2);
        List<DeviceAnswer> phones = new ArrayList<>();
        stand.usePhones(phones);
        phones.add(new DeviceAnswer(new DecisionKey(run.stateProperty().get().item().id(), 1), "phone-a", "health",
                "signed-agreement", "dont-know", "", "", 0, "", Moderation.PENDING, null));
        assertEquals(List.of(new ReadinessRating("signed-agreement", "police", 1, 2, 4, ResponseSource.TABLE_DECISION),
                new ReadinessRating("signed-agreement", "health", 0, ReadinessRating.DONT_KNOW, 1, ResponseSource.DEVICE)),
                stand.withPhones().ratings(), "a phone answered after the console was given the list still counts");
    }

    @Test
    void moreHandsThanPeopleAreRefusedWithOnePlainLineAndTheLastSaveStands() {
        StandViewModel stand = run.stand();
        stand.recordJourneyHands("health", Map.of("vision", 2, "scoping", 3));
        stand.recordJourneyHands("health", Map.of("vision", 4, "scoping", 3));
        assertEquals(List.of("Health / NHS has 5 people here, but 7 answers were counted. Check the counts and enter them "
                + "again."), dialogs.errors);
        assertEquals(3, stand.answersProperty().get().hands("health", "scoping"));
        assertEquals(2, stand.answersProperty().get().hands("health", "vision"));
    }

    @Test
    void anActionGoesToTheDaysNotesWithItsStatementOwnerAndDate() {
        run.next();
        run.next();
        boolean[] saved = {false};
        run.stand().addAction("review-and-act", "  Put a yearly review on the board's plan.  ", "police",
                LocalDate.of(2027, 3, 31), () -> saved[0] = true);
        assertTrue(saved[0]);
        assertEquals(1, run.notes().size());
        assertEquals(NoteKind.ACTION, run.notes().get(0).kind());
        assertEquals("Put a yearly review on the board's plan.", run.notes().get(0).text());
        assertEquals("review-and-act", run.notes().get(0).statementId());
        assertEquals(run.stateProperty().get().item().id(), run.notes().get(0).agendaItemId());
        run.stand().addAction("review-and-act", "   ", "police", null, () -> { });
        assertEquals(1, run.notes().size(), "nothing typed, nothing saved");
    }
}
