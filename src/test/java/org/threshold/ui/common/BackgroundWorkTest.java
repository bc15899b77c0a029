package org.threshold.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.testing.HeldTasks;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.WorkshopFixture;

/** A screen's work runs in the order it was asked for, whatever the worker threads do. */
class BackgroundWorkTest {
    @TempDir
    Path dir;

    @Test
    void piecesStartOneAtATimeInOrderAndBusyLastsUntilTheLastHasLanded() {
        HeldTasks tasks = new HeldTasks();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        BackgroundWork work = new BackgroundWork(tasks, dialogs, "Threshold");
        List<String> landed = new ArrayList<>();
        work.run(() -> "first", landed::add);
        work.run(() -> "second", landed::add);
        work.<String>run(() -> {
            throw new IllegalStateException("The third could not be saved.");
        }, landed::add);
        work.run(() -> "fourth", landed::add);
        assertTrue(work.isBusy());
        assertEquals(1, tasks.waiting(), "the second waits for the first");

        tasks.finishNewestFirst();
        assertEquals(List.of("first", "second", "fourth"), landed);
        assertEquals(List.of("The third could not be saved."), dialogs.errors, "a failure is said once, plainly");
        assertFalse(work.isBusy());
    }

    @Test
    void workMadeWhenItsTurnComesSeesWhatTheWorkBeforeItLeftAndLeavingWaitsForTheLast() {
        HeldTasks tasks = new HeldTasks();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        BackgroundWork work = new BackgroundWork(tasks, dialogs, "Threshold");
        int[] stage = {1};
        List<String> saved = new ArrayList<>();
        List<Throwable> failed = new ArrayList<>();
        work.run(() -> "a count for stage 1", saved::add);
        work.enqueue(() -> {
            int at = stage[0];
            return () -> "moved on from stage " + at;
        }, moved -> {
            saved.add(moved);
            stage[0]++;
        });
        work.enqueue(() -> {
            int at = stage[0];
            return () -> "a count for stage " + at;
        }, saved::add);
        work.<String>enqueue(() -> () -> {
            throw new IllegalStateException("The disk is full.");
        }, saved::add, failed::add);
        List<String> left = new ArrayList<>();
        work.whenIdle(() -> left.add("left with " + saved.size() + " saved"));
        assertEquals(List.of(), left, "leaving waits while anything is queued");

        tasks.finishNewestFirst();
        assertEquals(List.of("a count for stage 1", "moved on from stage 1", "a count for stage 2"), saved);
        assertEquals(List.of("The disk is full."), dialogs.errors, "said plainly, as well as handed to the caller");
        assertEquals(1, failed.size());
        assertEquals(List.of("left with 3 saved"), left);
        work.whenIdle(() -> left.add("at once"));
        assertEquals("at once", left.get(1), "with nothing queued, at once");
    }

    @Test
    void twoQuickEditsToACountReachTheDiskOldThenNew() {
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            long id = fixture.catalog.create(SessionDetails.of("Counts", LocalDate.of(2026, 6, 3), "", "")).id();
            fixture.planner.load(id);
            fixture.planner.saveAgencies(id, List.of(new SessionAgency("police", "Police", 6, 1)));
            HeldTasks tasks = new HeldTasks();
            RunViewModel model = new RunViewModel(id, fixture.runner, tasks, new ScriptedDialogs(),
                    new RecordingNavigator(), fixture.clock);
            model.start();
            tasks.finishNewestFirst();
            model.jumpTo(3);
            tasks.finishNewestFirst();

            model.recordHands(model.stateProperty().get(), "police", Map.of("share-now", 2));
            model.recordHands(model.stateProperty().get(), "police", Map.of("share-now", 3));
            tasks.finishNewestFirst();

            List<Response> saved = fixture.runner.itemAnswers(model.stateProperty().get());
            assertEquals(1, saved.size());
            assertEquals(3, saved.get(0).count(), "the later edit is the one kept");
            assertEquals(3, model.answers().get(0).count());
        }
    }
}
