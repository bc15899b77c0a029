package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.store.ResponseRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.Keys;

/** The app window's own keys: quitting asks while a workshop runs and saves what was typed first; text size keys. */
class MainWindowKeysTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T10:05:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    Services services;
    ThemeManager theme;
    MainWindow window;
    Stage stage;
    long session;
    final AtomicInteger quits = new AtomicInteger();
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        services = Services.open(dir.resolve("window.db"), CLOCK);
        session = services.catalog().create(SessionDetails.of("Keys", CLOCK.instant().atZone(CLOCK.getZone())
                .toLocalDate(), "", "")).id();
        services.planner().load(session);
        services.planner().saveAgencies(session, List.of(new SessionAgency("police", "Police", 4, 1),
                new SessionAgency("health", "Health / NHS", 5, 1)));
        services.planner().saveAgenda(session, List.of(
                AgendaItem.planned(AgendaItemKind.SCENARIO, "Quiet concerns", "quiet-concerns", 35)));
        AtomicReference<Services> data = new AtomicReference<>(services);
        robot.interact(() -> {
            theme = new ThemeManager(services.display(), new DirectTaskExecutor());
            theme.restore(org.threshold.domain.DisplayTheme.LIGHT, 15);
            window = new MainWindow(stage, data, theme, new DirectTaskExecutor(), new AutoBackups(services::backups),
                    folder -> true, 1280, 720);
            window.quitWith(quits::incrementAndGet);
            window.showHome();
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> window.closeAudienceDisplay());
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void ctrlQWithNoWorkshopRunningQuitsAtOnce() {
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, quits.get());
    }

    @Test
    void ctrlQWhileAWorkshopRunsAsksAndSavesWhatWasTypedBeforeQuitting() throws Exception {
        runWorkshop();
        Keys.type(robot, "3");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        Window dialog = dialog();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.isShowing());
        assertEquals(0, quits.get(), "Esc answers no");
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        chooseInDialog("Quit");
        waitUntil(() -> quits.get() == 1);
        assertEquals(3, new ResponseRepository(services.database()).list(session).get(0).count(),
                "the box being typed in was saved before the app quit");
    }

    @Test
    void closingTheWindowWhileAWorkshopRunsAsksTheSame() throws Exception {
        runWorkshop();
        // Posted, not waited for: the question it raises waits for the facilitator.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        chooseInDialog("Quit");
        waitUntil(() -> quits.get() == 1);
    }

    @Test
    void ctrlPlusAsPeoplePressItAndCtrlMinusChangeTheTextSize() {
        int before = theme.fontSizeProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 3, theme.fontSizeProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 2, theme.fontSizeProperty().get());
    }

    private void runWorkshop() throws Exception {
        robot.interact(() -> window.runSession(session));
        waitUntil(() -> stage.getScene().getFocusOwner() != null
                && "hands-police-share-now".equals(stage.getScene().getFocusOwner().getId()));
        robot.targetWindow(stage);
    }

    /** The dialog now showing, with the keyboard, as a window manager gives a new window the keyboard. */
    private Window dialog() throws Exception {
        waitUntil(() -> robot.listWindows().stream().anyMatch(MainWindowKeysTest::isDialog));
        Window dialog = robot.listWindows().stream().filter(MainWindowKeysTest::isDialog).findFirst().orElseThrow();
        robot.interact(dialog::requestFocus);
        robot.targetWindow(dialog);
        return dialog;
    }

    /** Tabs to the button with this text and presses Space on it, as the keyboard does. */
    private void chooseInDialog(String label) throws Exception {
        Window dialog = dialog();
        for (int i = 0; i < 6 && !label.equals(focusedText(dialog)); i++) {
            robot.type(KeyCode.TAB);
        }
        assertEquals(label, focusedText(dialog));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !dialog.isShowing());
        robot.targetWindow(stage);
    }

    private static boolean isDialog(Window window) {
        return window.isShowing() && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane;
    }

    private static String focusedText(Window dialog) {
        Node owner = dialog.getScene().getFocusOwner();
        return owner instanceof Button button ? button.getText() : String.valueOf(owner);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
