package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.TableDecision;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.run.RunState;

/**
 * RELIABILITY.md test 2, through the code the console runs: the disk fills mid-session (PRAGMA
 * max_page_count stops the file growing, and SQLite answers exactly as for a full disk). A save
 * is refused whole with one plain message, what was saved before is intact, what was typed stays
 * on screen, and the facilitator's next try (saving again, or the same count typed again) saves
 * it once there is space. Nothing is queued in memory: an edit is on disk or still on screen.
 */
class DiskFullTest {
    private static final String LONG_TEXT = "The school nurse knew about the bruising but did not know who to call. ".repeat(120);
    private static final String FULL = "The disk is full, so the last change could not be saved. Free some space, then try again.";

    @TempDir
    Path dir;
    WorkshopFixture fixture;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    RunViewModel console;

    @BeforeEach
    void aWorkshopAtAScenarioStage() {
        fixture = new WorkshopFixture(dir);
        long id = fixture.catalog.create(SessionDetails.of("Full disk", LocalDate.of(2026, 6, 3), "", "")).id();
        fixture.planner.load(id);
        fixture.planner.saveAgencies(id, List.of(new SessionAgency("police", "Police", 6, 2)));
        console = new RunViewModel(id, fixture.runner, new DirectTaskExecutor(), dialogs, new RecordingNavigator(),
                fixture.clock);
        console.start();
        console.jumpTo(3);
        console.addNote(NoteKind.BARRIER, "Saved before the disk filled", "", () -> { });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNoteRefusedForAFullDiskStaysTypedAndIsAddedByTheNextTry() {
        Map<String, Long> before = StoreFixtures.counts(fixture.database);
        fillTheDisk();
        boolean[] cleared = {false};
        console.addNote(NoteKind.BARRIER, LONG_TEXT, "", () -> cleared[0] = true);
        assertEquals(List.of(FULL), dialogs.errors);
        assertTrue(!cleared[0], "the note stays in the notes field");
        assertEquals(1, console.notes().size());
        assertEquals(before, StoreFixtures.counts(fixture.database), "nothing half saved, nothing earlier lost");
        assertEquals("ok", StoreFixtures.integrity(fixture.database));

        freeSpace();
        console.addNote(NoteKind.BARRIER, LONG_TEXT, "", () -> cleared[0] = true);
        assertTrue(cleared[0]);
        assertEquals(2, console.notes().size());
        assertEquals(2, fixture.runner.notes(console.stateProperty().get().session().id()).size());
    }

    @Test
    void aTableDecisionRefusedWholeIsSavedWhenItIsSavedAgain() {
        TableDecision decision = new TableDecision("share-now", "health", "public-task", 4, LONG_TEXT);
        fillTheDisk();
        console.recordTableDecision(console.stateProperty().get(), "police", decision);
        assertEquals(List.of(FULL), dialogs.errors);
        RunState at = console.stateProperty().get();
        assertEquals(List.of(), fixture.runner.itemAnswers(at), "the answer and its journal line: neither saved");
        assertEquals(List.of(), console.answers(), "the screen shows what the store holds");

        freeSpace();
        console.recordTableDecision(console.stateProperty().get(), "police", decision);
        assertEquals(1, fixture.runner.itemAnswers(at).size());
        assertEquals(LONG_TEXT, console.answers().get(0).rationale());
    }

    @Test
    void aRefusedSaveThrowsOnePlainMessageAndLeavesTheFileIntact() {
        RunState at = console.stateProperty().get();
        fillTheDisk();
        StoreException e = assertThrows(StoreException.class, () -> fixture.runner.recordAnswers(at, "police",
                List.of(new Response(at.key(), "police", 1, "share-now", 6, ResponseSource.TABLE_DECISION, "", "", 0,
                        LONG_TEXT))));
        assertEquals(StoreProblem.DISK_FULL, e.problem());
        assertEquals(FULL, e.getMessage());
        assertEquals("ok", StoreFixtures.integrity(fixture.database));
    }

    /** The file may not grow past the pages it has now: the next new page fails as on a full disk. */
    private void fillTheDisk() {
        fixture.database.read(c -> {
            // Pages a migration freed (a table rebuilt) would take the next rows without the file growing.
            c.createStatement().execute("VACUUM");
            long pages = Long.parseLong(SqliteConnections.single(c.createStatement(), "PRAGMA page_count"));
            return c.createStatement().execute("PRAGMA max_page_count = " + pages);
        });
    }

    private void freeSpace() {
        fixture.database.read(c -> c.createStatement().execute("PRAGMA max_page_count = 2147483646"));
    }
}
