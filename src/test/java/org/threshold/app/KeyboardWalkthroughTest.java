package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.Database;
import org.threshold.store.MythAnswerRepository;
import org.threshold.store.NoteRepository;
import org.threshold.store.ResponseRepository;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.store.SessionRepository;
import org.threshold.store.SettingsRepository;
import org.threshold.store.TrustRepository;
import org.threshold.testing.Keys;

/**
 * A whole workshop by keyboard alone, through the real app: plan it, run every item of the default
 * agenda, end it with PageDown and Enter, and export its summary. Key presses only: nothing is
 * clicked, fired or set.
 */
class KeyboardWalkthroughTest {
    /** A room with an agency too small to show on its own, as a real day often has. */
    private static final List<SessionAgency> ROOM = List.of(
            new SessionAgency("police", "Police", 4, 1),
            new SessionAgency("health", "Health / NHS", 5, 1),
            new SessionAgency("childrens-social-care", "Children's social care", 4, 1),
            new SessionAgency("education", "Education", 3, 1),
            new SessionAgency("probation", "Probation", 2, 1));
    /** The pack's agencies in the order the plan lists them; those not coming are passed over. */
    private static final List<String> PACK_AGENCIES = List.of("police", "health", "adult-social-care",
            "childrens-social-care", "education", "housing", "probation", "voluntary-sector");

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;
    private Window main;
    private int stagesTyped;
    private int mythsTyped;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupStages();
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void planRunEveryItemEndAndExportByKeysAlone() throws Exception {
        Path db = dir.resolve("keyboard.db");
        Path exports = Files.createDirectories(dir.resolve("exports"));
        try (Database database = Database.open(db)) {
            // The folder the facilitator saved to last time: the export goes there when Enter is pressed.
            new SettingsRepository(database).put("export.folder", exports.toString());
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ThresholdApp.class, "--db", db.toString());
        main = FxToolkit.toolkitContext().getRegisteredStage();
        waitUntil(() -> "home-new".equals(focusedId()) || "welcome-new".equals(focusedId()));

        plan();
        run();
        endAndExport(exports);

        stopApp();
        try (Database database = Database.open(db)) {
            WorkshopSession session = new SessionRepository(database).list().get(0);
            assertEquals("Harbridge partnership day", session.title());
            assertEquals(SessionStatus.FINISHED, session.status());
            assertEquals(ROOM, new SessionAgencyRepository(database).list(session.id()));
            List<Response> answers = new ResponseRepository(database).list(session.id());
            assertEquals(stagesTyped * ROOM.size(), answers.stream().map(r -> r.key().toString() + r.agencyCode())
                    .distinct().count(), "every agency's hands at every stage of the three scenarios");
            assertEquals(13, stagesTyped);
            assertEquals(40, new TrustRepository(database).list(session.id()).size());
            assertEquals(2, new TrustRepository(database).list(session.id()).stream()
                    .map(t -> t.phase()).distinct().count());
            assertEquals(mythsTyped, new MythAnswerRepository(database).list(session.id()).size());
            assertEquals(2, new MythAnswerRepository(database).list(session.id()).stream().map(m -> m.phase())
                    .distinct().count(), "myth or fact before and after");
            assertTrue(new NoteRepository(database).list(session.id()).stream()
                    .anyMatch(n -> n.kind() == NoteKind.ACTION && n.text().equals("Share the duty contacts by Friday")));
        }
    }

    /** Ctrl+N, a title and Enter; then who is coming, by Space and numbers; F5 runs it. */
    private void plan() throws Exception {
        press(KeyCode.CONTROL, KeyCode.N);
        Window details = dialog();
        type("Harbridge partnership day");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !details.isShowing());
        robot.targetWindow(main);
        waitUntil(() -> "agency-police".equals(focusedId()));
        for (String code : PACK_AGENCIES) {
            assertEquals("agency-" + code, focusedId());
            SessionAgency coming = ROOM.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
            if (coming == null) {
                robot.type(KeyCode.TAB);
                continue;
            }
            robot.type(KeyCode.SPACE, KeyCode.TAB);
            press(KeyCode.CONTROL, KeyCode.A);
            type(Integer.toString(coming.headcount()));
            robot.type(KeyCode.TAB, KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitUntil(() -> text("#plan-status").startsWith("5 agencies coming, 18 people"));
        assertTrue(text("#plan-small-groups").startsWith("Probation (2) has fewer than 3 people"));
        robot.type(KeyCode.F5);
        waitUntil(() -> where().startsWith("Item 1 of 12"));
    }

    private void run() throws Exception {
        robot.type(KeyCode.PAGE_DOWN);
        trustGrid("Item 2 of 12");
        confidence("Item 3 of 12");
        myths("Item 4 of 12");
        scenario("Item 5 of 12");
        waitUntil(() -> where().startsWith("Item 6 of 12: Break"));
        robot.type(KeyCode.PAGE_DOWN);
        scenario("Item 7 of 12");
        scenario("Item 8 of 12");
        trustGrid("Item 9 of 12");
        confidence("Item 10 of 12");
        myths("Item 11 of 12");
        waitUntil(() -> where().startsWith("Item 12 of 12"));
        press(KeyCode.ALT, KeyCode.DIGIT3);
        assertEquals("note-text", focusedId());
        type("Share the duty contacts by Friday");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text("#run-status").equals(NoteKind.ACTION.label() + " saved."));
    }

    /** Twenty digits, Esc to leave the grid, R to show the room, PageDown on. */
    private void trustGrid(String item) throws Exception {
        waitUntil(() -> where().startsWith(item) && "trust-police-health".equals(focusedId()));
        for (int i = 0; i < 20; i++) {
            type(Integer.toString(1 + i % 5));
        }
        waitUntil(() -> text("#trust-progress").startsWith("20 of 20 saved"));
        robot.type(KeyCode.ESCAPE, KeyCode.R);
        waitUntil(() -> text("#run-room").endsWith("results showing"));
        robot.type(KeyCode.PAGE_DOWN);
    }

    /** Two agencies' counts for every statement: Tab between scores, Enter to the next statement. */
    private void confidence(String item) throws Exception {
        waitUntil(() -> where().startsWith(item) && "confidence-kq-purpose-1".equals(focusedId()));
        long statements = robot.lookup(".count-cell").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("confidence-") && n.getId().endsWith("-1")).count();
        for (int agency = 0; agency < 2; agency++) {
            for (int statement = 0; statement < statements; statement++) {
                type("1");
                robot.type(KeyCode.TAB, KeyCode.TAB);
                type("2");
                robot.type(KeyCode.ENTER);
            }
            if (agency == 0) {
                // Esc leaves the grid for the agenda; Tab goes on from there to the agency chooser.
                robot.type(KeyCode.ESCAPE);
                for (int i = 0; i < 20 && !"confidence-agency".equals(focusedId()); i++) {
                    robot.type(KeyCode.TAB);
                }
                assertEquals("confidence-agency", focusedId());
                robot.type(KeyCode.DOWN, KeyCode.TAB);
                waitUntil(() -> "confidence-kq-purpose-1".equals(focusedId()));
            }
        }
        robot.type(KeyCode.R);
        waitUntil(() -> text("#run-room").endsWith("results showing"));
        robot.type(KeyCode.PAGE_DOWN);
    }

    /** Every stage: each agency's hands, R, PageDown; the debrief: R, a note, PageDown. */
    private void scenario(String item) throws Exception {
        waitUntil(() -> where().startsWith(item));
        for (int stage = 0; !where().contains("debrief"); stage++) {
            int shown = stage;
            waitUntil(() -> where().startsWith(item) && where().contains("step " + (shown + 1) + " of ")
                    && focusedId().startsWith("hands-police-"));
            stagesTyped++;
            for (SessionAgency agency : ROOM) {
                int people = agency.headcount();
                type(Integer.toString(people - 1));
                robot.type(KeyCode.TAB);
                type("1");
                robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
            }
            robot.type(KeyCode.ESCAPE, KeyCode.R);
            waitUntil(() -> text("#run-room").endsWith("results showing"));
            String before = where();
            robot.type(KeyCode.PAGE_DOWN);
            waitUntil(() -> !where().equals(before));
        }
        waitUntil(() -> where().contains("debrief") && "run-agenda".equals(focusedId()));
        robot.type(KeyCode.R);
        press(KeyCode.ALT, KeyCode.DIGIT2);
        type("Each agency held one piece of the picture");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text("#run-status").equals(NoteKind.KEY_POINT.label() + " saved."));
        robot.type(KeyCode.PAGE_DOWN);
    }

    /** Every statement: two agencies' votes each, R for the answer, PageDown on. */
    private void myths(String item) throws Exception {
        waitUntil(() -> where().startsWith(item) && "myth-police-myth".equals(focusedId()));
        int statements = Integer.parseInt(where().replaceAll(".* of (\\d+)$", "$1"));
        for (int statement = 0; statement < statements; statement++) {
            int shown = statement;
            waitUntil(() -> where().startsWith(item) && where().contains("step " + (shown + 1) + " of " + statements)
                    && "myth-police-myth".equals(focusedId()));
            mythsTyped += 2;
            type("3");
            robot.type(KeyCode.TAB);
            type("1");
            robot.type(KeyCode.TAB);
            type("4");
            robot.type(KeyCode.TAB);
            type("1");
            robot.type(KeyCode.R);
            waitUntil(() -> text("#run-room").endsWith("results showing"));
            robot.type(KeyCode.PAGE_DOWN);
        }
    }

    /** PageDown past the last step, Enter ends; Enter on the offered export, Enter in its dialog; Close by keys. */
    private void endAndExport(Path exports) throws Exception {
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> robot.lookup("#run-end-banner").tryQuery().map(Node::isVisible).orElse(false));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "run-export".equals(focusedId()));
        robot.type(KeyCode.ENTER);
        Window export = dialog();
        waitUntil(() -> text(export, "#export-destination").startsWith(exports.toString()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(export, "#export-step").startsWith("Saved "));
        try (var files = Files.list(exports)) {
            // The summary, and the appendix file beside it with every reason and note.
            List<Path> written = files.toList();
            Path summary = written.stream().filter(f -> f.getFileName().toString().startsWith("Harbridge-partnership-day")
                    && f.getFileName().toString().endsWith(".pdf") && !f.getFileName().toString().contains("appendix"))
                    .findFirst().orElseThrow(() -> new AssertionError("no summary in " + written));
            assertTrue(Files.size(summary) > 1000);
        }
        Button close = (Button) ((DialogPane) export.getScene().getRoot()).lookupButton(
                ((DialogPane) export.getScene().getRoot()).getButtonTypes().get(1));
        waitUntil(() -> {
            Bounds inWindow = close.localToScene(close.getBoundsInLocal());
            return inWindow.getMaxY() <= export.getScene().getHeight() && inWindow.getMaxX() <= export.getScene().getWidth();
        });
        assertEquals(List.of(), ScreenCapture.truncatedLabels(export.getScene().getRoot()),
                "the export dialog after saving: nothing cut short");
        for (int i = 0; i < 10 && export.getScene().getFocusOwner() != close; i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !export.isShowing());
        robot.targetWindow(main);
    }

    private void stopApp() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    /** The dialog now showing, with the keyboard, as a window manager gives a new window the keyboard. */
    private Window dialog() throws Exception {
        waitUntil(() -> robot.listWindows().stream().anyMatch(KeyboardWalkthroughTest::isDialog));
        Window dialog = robot.listWindows().stream().filter(KeyboardWalkthroughTest::isDialog).findFirst().orElseThrow();
        robot.interact(dialog::requestFocus);
        robot.targetWindow(dialog);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog;
    }

    private static boolean isDialog(Window window) {
        return window.isShowing() && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane;
    }

    private void type(String text) {
        Keys.type(robot, text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(KeyCode... chord) {
        robot.press(chord).release(chord);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focusedId() {
        Node owner = main.getScene() == null ? null : main.getScene().getFocusOwner();
        return owner == null ? "(nothing)" : String.valueOf(owner.getId());
    }

    private String where() {
        return robot.lookup("#run-where").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private String text(String query) {
        return text(main, query);
    }

    private String text(Window window, String query) {
        Node node = window.getScene().getRoot().lookup(query);
        return node instanceof Label label ? label.getText() : "";
    }

    /** Waits for the app's background work; the limit is a safety net, not a timing assumption. */
    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
