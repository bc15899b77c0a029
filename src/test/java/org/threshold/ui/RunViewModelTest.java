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
import org.threshold.domain.DecisionKey;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;
import org.threshold.store.JournalRepository;
import org.threshold.store.ResponseRepository;
import org.threshold.store.SessionRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.HeldTasks;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.TableDecision;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.run.RunState;

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

    private RunState state() {
        return model.stateProperty().get();
    }

    private static Map<String, Integer> hands(int shareNow, int dontShareYet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("share-now", shareNow);
        counts.put("dont-share-yet", dontShareYet);
        return counts;
    }

    private List<String> journal() {
        return new JournalRepository(fixture.database).list(id).stream().map(e -> e.action()).toList();
    }

    @Test
    void showOfHandsIsSavedAndRevealedOnlyWhenAsked() {
        model.jumpTo(4);
        assertTrue(state().stage().isPresent());
        model.recordHands(state(), "police", hands(1, 3));
        assertEquals(2, model.answers().size());
        assertFalse(state().isRevealed());
        model.reveal();
        assertTrue(state().isRevealed());
    }

    @Test
    void aRevealIsTakenBackByTheSameControlAndTheJournalSaysSo() {
        model.jumpTo(4);
        model.toggleReveal();
        assertTrue(state().isRevealed());
        model.toggleReveal();
        assertFalse(state().isRevealed());
        model.reveal();
        model.hide();
        assertFalse(state().isRevealed());
        assertEquals(List.of("revealed", "hidden", "revealed", "hidden"), journal().stream()
                .filter(a -> a.equals("revealed") || a.equals("hidden")).toList());
        assertFalse(fixture.runner.start(id).isRevealed(), "hidden again is what a restart shows");
    }

    @Test
    void aCountIsSavedToTheStageItWasTypedForAfterTheRoomMovedOn() {
        model.jumpTo(4);
        RunState typedAt = state();
        model.next();
        model.recordHands(typedAt, "police", hands(2, 0));
        List<Response> stored = new ResponseRepository(fixture.database).list(id);
        assertEquals(List.of(new DecisionKey(typedAt.item().id(), 0)), stored.stream().map(Response::key).toList());
        assertTrue(model.answers().stream().allMatch(r -> r.key().equals(typedAt.key())),
                "the screen shows what the store holds, at the stage it belongs to");
    }

    @Test
    void aSaveAskedForBeforeAMoveReachesTheStoreFirstAndASecondMoveWaitingIsDropped() {
        HeldTasks held = new HeldTasks();
        RunViewModel run = new RunViewModel(id, fixture.runner, held, dialogs, navigator, fixture.clock);
        run.start();
        held.runAll();
        run.jumpTo(3);
        held.runAll();
        RunState typedAt = run.stateProperty().get();
        run.recordHands(typedAt, "health", hands(4, 1));
        run.next();
        run.next();
        assertEquals(1, held.waiting(), "one piece of work at a time");
        held.runAll();
        assertEquals(1, run.stateProperty().get().position().stageIndex(), "the second PageDown was dropped");
        assertEquals(typedAt.key(), new ResponseRepository(fixture.database).list(id).get(0).key());
        assertTrue(journal().indexOf("answers entered") < journal().lastIndexOf("moved"));
    }

    @Test
    void moreHandsThanAnAgencyHasPeopleAreNeverSaved() {
        model.jumpTo(4);
        model.recordHands(state(), "police", hands(4, 1));
        assertEquals(List.of("Police has 4 people, so 5 answers cannot be right. Correct the row: it is not saved."),
                dialogs.errors);
        assertTrue(new ResponseRepository(fixture.database).list(id).isEmpty());
    }

    @Test
    void aSavedCountReachesTheScreenWithoutReadingTheSessionAgain() {
        model.jumpTo(4);
        model.recordHands(state(), "police", hands(1, 1));
        long before = fixture.database.rowsListed();
        model.recordHands(state(), "health", hands(2, 2));
        assertEquals(before, fixture.database.rowsListed(), "a save reads no rows back");
        assertEquals(4, model.answers().size());
        model.next();
        assertEquals(4, model.answers().size(), "a step within the item keeps its answers");
    }

    @Test
    void aTableDecisionCountsAsTheAgencysHeadcount() {
        model.jumpTo(4);
        model.recordTableDecision(state(), "health", new TableDecision("seek-advice", "childrens-social-care",
                "public-task", 4, "We would ring our named nurse"));
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
    void onResumeTheItemTimerCarriesOnFromWhenTheItemStarted() {
        model.jumpTo(4);
        var startedAt = model.itemStartedAtProperty().get();
        fixture.clock.advanceMinutes(12);
        RunViewModel resumed = new RunViewModel(id, fixture.runner, new DirectTaskExecutor(), dialogs, navigator,
                fixture.clock);
        resumed.start();
        assertEquals(startedAt, resumed.itemStartedAtProperty().get(), "12 minutes in, not 0:00");
    }

    @Test
    void statusMessagesBelongToTheStepTheyWereSaidAt() {
        model.jumpTo(4);
        model.recordHands(state(), "police", hands(1, 1));
        assertEquals("Saved Police.", model.statusProperty().get());
        model.next();
        assertEquals("", model.statusProperty().get());
    }

    @Test
    void notesAreKeptPerItemAndBlankIsOnlyForTheDisplay() {
        model.addNote(NoteKind.ACTION, "  Share the contact list  ", "police", () -> { });
        model.addNote(NoteKind.DISCUSSION, "   ", "", () -> { });
        assertEquals(1, model.notes().size());
        assertEquals("Share the contact list", model.notes().get(0).text());
        assertEquals("police", model.notes().get(0).ownerAgency());
        model.toggleBlank();
        assertTrue(model.blankedProperty().get());
        model.toggleBlank();
        assertFalse(model.blankedProperty().get());
    }

    @Test
    void pageDownPastTheLastStepOffersToEndAndOnlyConfirmingEndsIt() {
        model.jumpTo(state().agenda().size() - 1);
        model.next();
        assertTrue(model.ending().offeredProperty().get());
        model.ending().cancel();
        assertFalse(model.ending().offeredProperty().get());
        model.ending().confirm();
        assertFalse(model.ending().finishedProperty().get(), "nothing ends unless it was offered");
        model.next();
        model.ending().confirm();
        assertTrue(model.ending().finishedProperty().get());
        assertEquals(SessionStatus.FINISHED, new SessionRepository(fixture.database).find(id).orElseThrow().status());
        assertTrue(navigator.visits.isEmpty(), "the console stays, to offer the export");
        model.leave();
        assertEquals(List.of("plan " + id), navigator.visits);
    }
}
