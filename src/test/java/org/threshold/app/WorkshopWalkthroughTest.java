package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.Note;
import org.threshold.domain.Response;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.Database;
import org.threshold.store.NoteRepository;
import org.threshold.store.ResponseRepository;
import org.threshold.store.SessionRepository;

/**
 * The facilitator's day through the real screens: create a workshop, plan who is coming, run a
 * scenario through every stage with four agencies' answers, reveal, note the debrief, close the
 * app, open it again and find everything where it was left.
 */
class WorkshopWalkthroughTest {
    private static final List<String> AGENCIES = List.of("police", "health", "education", "housing");

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void closeApp() throws Exception {
        stopApp();
    }

    @Test
    void planRunCloseAndResume() throws Exception {
        Path db = dir.resolve("walkthrough.db");
        startApp(db);
        waitUntil(() -> shown("#welcome-new"));
        press("#welcome-new");
        waitUntil(() -> shown("#new-session-title"));
        // The dialog is a window of its own, which the headless platform never gives the keyboard.
        TextField title = robot.lookup("#new-session-title").queryAs(TextField.class);
        robot.interact(() -> title.setText("Harbridge partnership day"));
        ButtonBase create = robot.lookup(".button").match(LabeledMatchers.hasText("Create workshop")).queryButton();
        Platform.runLater(create::fire);
        // The plan's agencies arrive from the store after the screen is shown.
        waitUntil(() -> robot.lookup("#agency-" + AGENCIES.get(0)).tryQuery().isPresent());

        for (String agency : AGENCIES) {
            press("#agency-" + agency);
            TextField headcount = robot.lookup("#headcount-" + agency + " .text-field").queryAs(TextField.class);
            robot.interact(() -> {
                headcount.requestFocus();
                headcount.selectAll();
            });
            robot.write("4").type(KeyCode.ENTER);
        }
        press("#plan-run");
        waitUntil(() -> robot.lookup("#run-where").tryQuery().isPresent() && whereText().startsWith("Item 1 of"));

        for (int step = 0; step < 3; step++) {
            robot.type(KeyCode.PAGE_DOWN);
            int expected = step + 2;
            waitUntil(() -> whereText().startsWith("Item " + expected + " of"));
        }
        // Item 4 is the myth-or-fact round before the day's work: the remote steps through its statements.
        while (whereText().startsWith("Item 4 of")) {
            String before = whereText();
            robot.type(KeyCode.PAGE_DOWN);
            waitUntil(() -> !whereText().equals(before));
        }
        int stages = 0;
        while (!whereText().contains("debrief")) {
            int stage = stages;
            for (int a = 0; a < AGENCIES.size(); a++) {
                focus("#hands-" + AGENCIES.get(a) + "-share-now");
                robot.write(Integer.toString((a + stage) % 3 + 1)).type(KeyCode.TAB).write("1").type(KeyCode.ENTER);
            }
            focus("#run-agenda");
            robot.type(KeyCode.R);
            String before = whereText();
            robot.type(KeyCode.PAGE_DOWN);
            waitUntil(() -> !whereText().equals(before));
            stages++;
        }
        focus("#note-text");
        robot.write("Each agency held one piece of the picture").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#notes-list").queryListView().getItems().size() == 1);

        stopApp();

        try (Database database = Database.open(db)) {
            WorkshopSession session = new SessionRepository(database).list().get(0);
            assertEquals("Harbridge partnership day", session.title());
            assertEquals(SessionStatus.RUNNING, session.status());
            assertEquals(new AgendaPosition(4, stages), session.position());
            List<Response> answers = new ResponseRepository(database).list(session.id());
            assertEquals(stages * AGENCIES.size() * 2, answers.size());
            List<Note> notes = new NoteRepository(database).list(session.id());
            assertEquals("Each agency held one piece of the picture", notes.get(0).text());
        }

        startApp(db);
        waitUntil(() -> robot.lookup("#home-sessions").queryListView().getItems().size() == 1);
        press("#home-open");
        waitUntil(() -> robot.lookup("#run-where").tryQuery().isPresent() && whereText().contains("debrief"));
        assertTrue(whereText().startsWith("Item 5 of"), whereText());
        waitUntil(() -> robot.lookup("#notes-list").queryListView().getItems().size() == 1);
    }

    private void startApp(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ThresholdApp.class, "--db", db.toString());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the app as the facilitator would, which closes the database and releases its lock. */
    private void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupStages();
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /**
     * Activates a button or check box as a click or the space bar would. Posted rather than waited
     * for, because a button may open a dialog that waits for the facilitator.
     */
    private void press(String query) {
        ButtonBase button = robot.lookup(query).queryAs(ButtonBase.class);
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void focus(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
    }

    /** Present and drawn: the node and every parent visible, so a click lands on it. */
    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().filter(NodeQueryUtils.isVisible()::test).isPresent();
    }

    private String whereText() {
        Node where = robot.lookup("#run-where").tryQuery().orElse(null);
        return where == null ? "" : ((javafx.scene.control.Label) where).getText();
    }

    /** Waits for work the app does on its background threads; the limit is a safety net, not a timing assumption. */
    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
