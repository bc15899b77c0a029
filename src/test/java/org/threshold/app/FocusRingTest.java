package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.domain.DisplayTheme;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.NoProjector;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.plan.PlanView;
import org.threshold.ui.plan.PlanViewModel;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.console.ConsoleView;

/**
 * Focus you can see, in every theme: Tab from where a stage opens (and across the plan screen)
 * and at every stop the control drawn with the keyboard on it differs, all round, from the same
 * control without it. No stop is a pane, a scroller or off screen.
 */
class FocusRingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T10:05:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path dir;
    static Services services;
    static long example;
    final FxRobot robot = new FxRobot();
    ThemeManager theme;
    Scene scene;

    @BeforeAll
    static void data() throws Exception {
        FxToolkit.registerPrimaryStage();
        ScreensTest.onFx(() -> {
            Fonts.load();
            return null;
        });
        services = Services.open(dir.resolve("focus.db"), CLOCK);
        example = services.examples().create().id();
    }

    @AfterAll
    static void closeData() {
        services.close();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @EnumSource(DisplayTheme.class)
    void everyTabStopInTheConsoleShowsARing(DisplayTheme chosen) throws Exception {
        show(chosen, () -> {
            RunViewModel run = new RunViewModel(example, services.runner(), new DirectTaskExecutor(), new ScriptedDialogs(),
                    new RecordingNavigator(), CLOCK);
            run.start();
            run.jumpTo(4);
            run.next();
            return new ConsoleView(run, new NoProjector());
        });
        assertEquals("hands-police-share-now", scene.getFocusOwner().getId(), "a stage opens on its first count box");
        List<String> stops = walkTabStops(chosen);
        assertTrue(stops.contains("run-end") && stops.contains("run-leave") && stops.contains("entry-hands"), stops.toString());
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("run-agenda", scene.getFocusOwner().getId(), "G puts the keyboard in the agenda");
        assertRing(scene.getFocusOwner(), chosen, () -> robot.type(KeyCode.TAB));
    }

    @ParameterizedTest
    @EnumSource(DisplayTheme.class)
    void everyTabStopOnThePlanScreenShowsARing(DisplayTheme chosen) throws Exception {
        show(chosen, () -> new PlanView(new PlanViewModel(example, services.planner(), new DirectTaskExecutor(),
                new ScriptedDialogs(), new RecordingNavigator()), theme));
        robot.interact(() -> scene.getRoot().lookup("#agency-police").requestFocus());
        List<String> stops = walkTabStops(chosen);
        assertTrue(stops.contains("agency-police") && stops.contains("plan-run"), stops.toString());
    }

    private void show(DisplayTheme chosen, Supplier<Parent> screen) throws Exception {
        FxToolkit.setupStage(stage -> {
            theme = new ThemeManager(services.display(), new DirectTaskExecutor());
            theme.restore(chosen, 15);
            scene = new Scene(screen.get(), 1280, 720);
            theme.register(scene, 1);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Tabs round once from the focus owner; each stop must be a real control on screen, wearing a ring. */
    private List<String> walkTabStops(DisplayTheme chosen) throws Exception {
        Set<Node> seen = new LinkedHashSet<>();
        Node owner = scene.getFocusOwner();
        while (owner != null && seen.add(owner)) {
            assertTrue(owner instanceof Control && !(owner instanceof ScrollPane) && !(owner instanceof SplitPane),
                    "a Tab stop you cannot see: " + owner);
            assertOnScreen(owner);
            Node current = owner;
            assertRing(current, chosen, () -> robot.type(KeyCode.TAB));
            owner = scene.getFocusOwner();
            assertTrue(seen.size() < 200, "Tab never came round");
        }
        List<String> ids = new ArrayList<>();
        seen.forEach(n -> ids.add(n.getId() == null ? n.getClass().getSimpleName() : n.getId()));
        return ids;
    }

    private void assertOnScreen(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        assertTrue(node.isVisible() && bounds.getWidth() > 4 && bounds.getHeight() > 4
                && bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                && bounds.getMaxX() <= scene.getWidth() && bounds.getMaxY() <= scene.getHeight(),
                "off screen or too small to see: " + node + " at " + bounds);
    }

    /**
     * The control with the keyboard, then without (after {@code moveAway}): at least a one-pixel
     * ring's worth of pixels all round must change clearly.
     */
    private void assertRing(Node node, DisplayTheme chosen, Runnable moveAway) throws Exception {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        int margin = 6;
        int x0 = (int) Math.max(0, b.getMinX() - margin);
        int y0 = (int) Math.max(0, b.getMinY() - margin);
        int x1 = (int) Math.min(scene.getWidth() - 1, b.getMaxX() + margin);
        int y1 = (int) Math.min(scene.getHeight() - 1, b.getMaxY() + margin);
        SnapshotParameters area = new SnapshotParameters();
        area.setViewport(new Rectangle2D(x0, y0, x1 - x0, y1 - y0));
        WritableImage focused = ScreensTest.onFx(() -> scene.getRoot().snapshot(area, null));
        moveAway.run();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage unfocused = ScreensTest.onFx(() -> scene.getRoot().snapshot(area, null));
        int changed = changedPixels(focused.getPixelReader(), unfocused.getPixelReader(), (int) focused.getWidth(),
                (int) focused.getHeight());
        int perimeter = (int) (2 * (b.getWidth() + b.getHeight()));
        assertTrue(changed >= perimeter, "no clear focus ring on " + node.getId() + " (" + node.getClass().getSimpleName()
                + ")" + (chosen == null ? "" : " in " + chosen) + ": " + changed + " pixels changed, want " + perimeter);
    }

    private static int changedPixels(PixelReader a, PixelReader b, int width, int height) {
        int changed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = a.getArgb(x, y);
                int q = b.getArgb(x, y);
                int distance = Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
                if (distance > 90) {
                    changed++;
                }
            }
        }
        return changed;
    }
}
