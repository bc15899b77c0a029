package org.threshold.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.NoteKind;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.TableDecision;
import org.threshold.workshop.WorkshopFixture;

class RunViewModelTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    RecordingNavigator navigator = new RecordingNavigator();
    RunViewModel model;
    long id;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        id = fixture.catalog.create(SessionDetails.of("Run test", LocalDate.of(2026, 6, 3), "", "")).id();
        fixture.planner.load(id);
        fixture.planner.saveAgencies(id, List.of(new SessionAgency("police", "Police", 4, 1),
                new SessionAgency("health", "Health / NHS", 5, 1)));
        model = new RunViewModel(id, fixture.runner, new DirectTaskExecutor(), dialogs, navigator, fixture.clock);
        model.start();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showOfHandsIsSavedAndRevealedOnlyWhenAsked() {
        model.jumpTo(4);
        assertTrue(model.stateProperty().get().stage().isPresent());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("share-now", 1);
        counts.put("dont-share-yet", 3);
        model.recordHands("police", counts);
        assertEquals(2, model.answers().size());
        assertFalse(model.stateProperty().get().isRevealed());
        model.reveal();
        assertTrue(model.stateProperty().get().isRevealed());
    }

    @Test
    void aTableDecisionCountsAsTheAgencysHeadcount() {
        model.jumpTo(4);
        model.recordTableDecision("health", new TableDecision("seek-advice", "childrens-social-care", "public-task", 4,
                "We would ring our named nurse"));
        assertEquals(1, model.answers().size());
        assertEquals(ResponseSource.TABLE_DECISION, model.answers().get(0).source());
        assertEquals(5, model.answers().get(0).count());
        assertEquals(4, model.answers().get(0).confidence());
    }

    @Test
    void movingOnLoadsThatStepsAnswersAndTheTimerRestartsOnANewItem() {
        model.jumpTo(4);
        var startedAt = model.itemStartedAtProperty().get();
        fixture.clock.advanceMinutes(3);
        model.next();
        assertEquals(startedAt, model.itemStartedAtProperty().get());
        model.jumpTo(5);
        assertEquals(fixture.clock.instant(), model.itemStartedAtProperty().get());
    }

    @Test
    void notesAreKeptPerItemAndBlankIsOnlyForTheDisplay() {
        model.addNote(NoteKind.ACTION, "  Share the contact list  ", "police");
        model.addNote(NoteKind.DISCUSSION, "   ", "");
        assertEquals(1, model.notes().size());
        assertEquals("Share the contact list", model.notes().get(0).text());
        assertEquals("police", model.notes().get(0).ownerAgency());
        model.toggleBlank();
        assertTrue(model.blankedProperty().get());
        model.toggleBlank();
        assertFalse(model.blankedProperty().get());
    }

    @Test
    void endingAsksAndThenShowsThePlan() {
        dialogs.answeringConfirmations(false);
        model.finish();
        assertTrue(navigator.visits.isEmpty());
        dialogs.answeringConfirmations(true);
        model.finish();
        assertEquals(List.of("plan " + id), navigator.visits);
    }
}
