package org.threshold.ui.run.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.SessionAgency;
import org.threshold.store.Database;
import org.threshold.store.TrustRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.NoProjector;
import org.threshold.testing.Keys;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.testing.Workshops;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.audience.AudienceView;
import org.threshold.workshop.run.WorkshopRunner;

/**
 * The facilitator's keyboard through a five-agency trust grid, before and after: only digits,
 * Esc, R and PageDown, then the audience display must show each pair's change.
 */
class TrustGridKeyboardTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final List<SessionAgency> ROOM = List.of(
            new SessionAgency("police", "Police", 5, 1),
            new SessionAgency("health", "Health / NHS", 6, 2),
            new SessionAgency("education", "Education", 4, 1),
            new SessionAgency("housing", "Housing", 3, 1),
            new SessionAgency("voluntary-sector", "Voluntary sector", 3, 1));
    /** Row trusts column; the diagonal is never typed. */
    private static final int[][] BEFORE = {
            {0, 2, 3, 4, 3},
            {1, 0, 4, 3, 2},
            {3, 3, 0, 4, 4},
            {2, 3, 5, 0, 3},
            {4, 2, 3, 3, 0}};
    private static final int[][] AFTER = {
            {0, 3, 3, 5, 3},
            {2, 0, 4, 2, 3},
            {4, 3, 0, 4, 5},
            {2, 4, 5, 0, 3},
            {4, 3, 2, 4, 0}};

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
        db = Database.open(dir.resolve("grid.db"));
        session = Workshops.plan(db, CLOCK, ROOM, List.of(
                AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust grid: where we start", "BASELINE", 15),
                AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust grid: where we finish", "FOLLOW_UP", 10)));
        model = new RunViewModel(session, new WorkshopRunner(db, Workshops.planner(db, CLOCK), CLOCK),
                new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator(), CLOCK);
        FxToolkit.setupStage(stage -> {
            audience = new AudienceView(model);
            // The projector's scene, never shown: the keyboard stays with the console, as in the room.
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
    void aFiveAgencyGridEnteredTwiceByKeyboardShowsEachPairsChange() {
        assertEquals("trust-police-health", focusedId(), "the first empty cell takes the keyboard");
        type(BEFORE);
        assertEquals("20 of 20 saved: press Esc to leave the grid, then R to show the room", text("#trust-progress"));
        assertEquals("trust-voluntary-sector-housing", focusedId(), "after the last cell the keyboard stays in the grid");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.stateProperty().get().isRevealed(), "R in the grid never reveals");
        assertEquals("The trust grid has the keyboard: press Esc to leave it, then R shows the room.", text("#run-status"));
        robot.type(KeyCode.ESCAPE).type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2", audienceCell("police", "health"));
        assertEquals("1", audienceCell("health", "police"));

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("trust-police-health", focusedId(), "the follow-up grid starts empty");
        type(AFTER);
        robot.type(KeyCode.ESCAPE).type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("3 \u25b2 +1", audienceCell("police", "health"));
        assertEquals("5 \u25b2 +1", audienceCell("police", "housing"));
        assertEquals("2 \u25bc \u22121", audienceCell("health", "housing"));
        assertEquals("2 \u25bc \u22121", audienceCell("voluntary-sector", "education"));
        assertEquals("3 \u00b1 0", audienceCell("police", "education"));
        for (int r = 0; r < ROOM.size(); r++) {
            for (int c = 0; c < ROOM.size(); c++) {
                if (r != c) {
                    String expected = AFTER[r][c] + " " + change(AFTER[r][c] - BEFORE[r][c]);
                    assertEquals(expected, audienceCell(ROOM.get(r).code(), ROOM.get(c).code()), r + "," + c);
                }
            }
        }
        assertEquals(40, new TrustRepository(db).list(session).size());
        assertTrue(new TrustRepository(db).list(session).stream().allMatch(t -> t.n() == headcount(t.fromAgency())));
        assertTrue(new TrustRepository(db).list(session).stream().anyMatch(t -> t.phase() == MeasurePhase.FOLLOW_UP));
    }

    @Test
    void aCommentTypedAfterTheLastCellIsTextAndNeverMovesOrRevealsTheRoom() {
        type(BEFORE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("trust-comment", focusedId(), "Enter on the last cell opens its comment");
        Keys.type(robot, "Reply within a day, bring the referral form");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.stateProperty().get().position().itemIndex(), "spaces in the comment never moved on");
        assertFalse(model.stateProperty().get().isRevealed(), "its r never revealed");
        assertFalse(model.blankedProperty().get(), "its b never blanked");
        assertEquals("Reply within a day, bring the referral form", new TrustRepository(db).list(session).stream()
                .filter(t -> t.fromAgency().equals("voluntary-sector") && t.toAgency().equals("housing"))
                .findFirst().orElseThrow().comment());
    }

    @Test
    void aScreenReaderHearsWhoTrustsWhomAndTheScore() {
        Keys.type(robot, "3");
        WaitForAsyncUtils.waitForFxEvents();
        TextField cell = robot.lookup("#trust-police-health").queryAs(TextField.class);
        assertEquals("Police trusts Health / NHS: 3 of 5", cell.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertEquals(AccessibleRole.TEXT_FIELD, cell.queryAccessibleAttribute(AccessibleAttribute.ROLE));
        assertEquals("Police trusts Education: not rated", robot.lookup("#trust-police-education").queryAs(TextField.class)
                .queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertTrue(robot.lookup(".trust-grid").query().getAccessibleText().startsWith("Trust grid"));
    }

    private void type(int[][] grid) {
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid.length; c++) {
                if (r != c) {
                    Keys.type(robot, Integer.toString(grid[r][c]));
                }
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String change(int delta) {
        return delta > 0 ? "\u25b2 +" + delta : delta < 0 ? "\u25bc \u2212" + -delta : "\u00b1 0";
    }

    private static int headcount(String code) {
        return ROOM.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().headcount();
    }

    private String audienceCell(String from, String to) {
        robot.interact(() -> {
            audience.applyCss();
            audience.layout();
        });
        Node cell = audience.lookup("#trust-cell-" + from + "-" + to);
        return cell == null ? "(no cell)" : ((Label) cell).getText();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Node focusOwner() {
        return robot.window(0).getScene().getFocusOwner();
    }

    private String focusedId() {
        Node owner = focusOwner();
        return owner instanceof TextField ? owner.getId() : String.valueOf(owner);
    }
}
