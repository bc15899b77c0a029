package org.threshold.ui.run.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionAgency;
import org.threshold.store.Database;
import org.threshold.store.NoteRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.NoProjector;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.testing.Workshops;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.audience.AudienceView;
import org.threshold.workshop.run.WorkshopRunner;
import org.threshold.workshop.stand.StandAnswers;
import org.threshold.workshop.stand.StandRunner;

/**
 * "Where we stand" run by keyboard alone: digits for each table's stage and scores, R to show
 * the room, PageDown to move on, then an action typed with its owner and date.
 */
class StandKeyboardTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T14:30:00Z"), ZoneOffset.UTC);
    private static final List<SessionAgency> ROOM = List.of(
            new SessionAgency("police", "Police", 5, 1),
            new SessionAgency("health", "Health / NHS", 6, 2),
            new SessionAgency("education", "Education", 4, 1),
            new SessionAgency("probation", "Probation", 2, 1));
    /** Each agency's stage, 1 to 6: police ahead, health behind. */
    private static final String STAGES = "5234";
    /** Each agency's score for the eight statements; ? is don't know. */
    private static final List<String> SCORES = List.of("43223?21", "3?12232?", "4322331?", "21111111");

    @TempDir
    Path dir;
    Database db;
    long session;
    RunViewModel model;
    AudienceView audience;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws TimeoutException {
        db = Database.open(dir.resolve("stand.db"));
        session = Workshops.plan(db, CLOCK, ROOM, List.of(
                AgendaItem.planned(AgendaItemKind.WHERE_WE_STAND, "Where we stand", "", 25),
                AgendaItem.planned(AgendaItemKind.CLOSE, "Commitments and close", "", 10)));
        model = new RunViewModel(session, new WorkshopRunner(db, Workshops.planner(db, CLOCK), CLOCK),
                new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator(), CLOCK);
        FxToolkit.setupStage(stage -> {
            audience = new AudienceView(model);
            new Scene(audience, 1280, 720);
            stage.setScene(new Scene(new ConsoleView(model, new NoProjector()), 1280, 720));
            stage.show();
            stage.toFront();
        });
        robot.interact(model::start);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        db.close();
    }

    @Test
    void theWholeItemByKeyboard() {
        assertEquals("stand-cell-0-0", focusedId(), "the first agency's stage takes the keyboard");
        robot.write(STAGES);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(focusOwner() instanceof TextInputControl, "after the last agency the keyboard leaves the grid");
        StandAnswers saved = new StandRunner(db, CLOCK).load(session);
        assertEquals("implementation", saved.tableStage("police"));
        assertEquals("scoping", saved.tableStage("health"));
        assertNull(audienceLookup(".stand-journey"), "nothing of the answers before R");
        assertNotNull(audienceLookup(".slide"), "the audience display is drawn");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(audienceLookup(".stand-journey"));
        assertTrue(robot.lookup("Results are on the audience display.").tryQuery().isPresent(), "the console says so");
        String room = audienceText();
        assertTrue(room.contains("Police place us at Sharing in practice; Health / NHS at Scoping."), room);
        assertFalse(room.contains("Probation"), "two people: not shown on their own");

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("stand-cell-0-0", focusedId(), "the first agency's first statement takes the keyboard");
        SCORES.forEach(robot::write);
        WaitForAsyncUtils.waitForFxEvents();
        saved = new StandRunner(db, CLOCK).load(session);
        assertEquals(4, saved.tableScore("signed-agreement", "police"));
        assertEquals(0, saved.tableScore("secure-route", "police"), "? is don't know");
        assertEquals(1, saved.tableScore("review-and-act", "probation"));
        assertEquals(32, saved.ratings().size());
        robot.type(KeyCode.R);
        room = audienceText();
        assertTrue(room.contains("\u25BC "), "the weakest are marked for the room");

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("stand-action-text", focusedId(), "the action box takes the keyboard");
        robot.write("Name an adviser in each agency.");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.DOWN);
        robot.type(KeyCode.TAB).write("31/01/2027").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Note> notes = new NoteRepository(db).list(session);
        assertEquals(1, notes.size());
        Note action = notes.get(0);
        assertEquals(NoteKind.ACTION, action.kind());
        assertEquals("Name an adviser in each agency.", action.text());
        assertEquals("police", action.ownerAgency());
        assertEquals(LocalDate.of(2027, 1, 31), action.due());
        assertFalse(action.statementId().isEmpty(), "linked to the weakest statement, chosen first");
        String shown = audienceText();
        assertTrue(shown.contains("Name an adviser in each agency. \u2014 Police, by 31 January 2027"), shown);
        assertEquals("stand-action-text", focusedId(), "ready for the next action");
    }

    @Test
    void aShowOfHandsIsSavedBeforeTheRoomMovesOnAndMoreHandsThanPeopleHoldIt() {
        robot.clickOn("#stand-hands");
        robot.clickOn("#stand-journey-3-0").write("3").type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.stateProperty().get().position().stageIndex(), "three hands from two people hold the room");
        assertTrue(robot.lookup("#run-status").queryLabeled().getText().contains("cannot be right"));
        assertEquals(0, new StandRunner(db, CLOCK).load(session).hands("probation", "vision"), "nothing saved");
        robot.type(KeyCode.BACK_SPACE).write("2").type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.stateProperty().get().position().stageIndex());
        assertEquals(2, new StandRunner(db, CLOCK).load(session).hands("probation", "vision"),
                "saved from the box the keyboard was in, before the room moved on");
    }

    private Node audienceLookup(String query) {
        robot.interact(() -> {
            audience.applyCss();
            audience.layout();
        });
        return audience.lookup(query);
    }

    private String audienceText() {
        robot.interact(() -> {
            audience.applyCss();
            audience.layout();
        });
        StringBuilder text = new StringBuilder();
        collect(audience, text);
        return text.toString();
    }

    private static void collect(Node node, StringBuilder text) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            text.append(labeled.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, text));
        }
    }

    private Node focusOwner() {
        return robot.window(0).getScene().getFocusOwner();
    }

    private String focusedId() {
        Node owner = focusOwner();
        return owner instanceof TextField ? owner.getId() : String.valueOf(owner);
    }
}
