package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DisplayTheme;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.audience.AudienceView;
import org.threshold.ui.run.audience.AudienceWindow;

/**
 * Renders every kind of audience slide at the laptop's 1366x768, the projector's 1920x1080 and
 * a 4K screen's 3840x2160 into target/screens ({@code mvn -Pscreens verify}), and holds the room's
 * promises about size: the slide fills the screen with the same layout at each size, nothing is
 * cut short, and no text on it renders below 28 pixels at 1080p.
 */
@Tag("screens")
class AudienceScreensTest {
    static final double MIN_TEXT_AT_1080 = 28;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T10:05:00Z"), ZoneId.of("Europe/London"));
    private static final int[][] SIZES = {{1366, 768}, {1920, 1080}, {3840, 2160}};

    @TempDir
    static Path dir;
    static Services services;
    static ThemeManager theme;
    static ScreenCapture screens;
    static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        services = Services.open(dir.resolve("audience.db"), CLOCK);
        screens = ScreenCapture.start(services);
        theme = screens.theme();
    }

    /** The sizes measured go beside the renders, for anyone checking them by eye. */
    @AfterAll
    static void stop() throws java.io.IOException {
        services.close();
        java.nio.file.Files.write(Path.of(System.getProperty("threshold.screens.dir", "target/screens"))
                .resolve("audience-text-sizes.txt"), report);
    }

    @Test
    void everySlideFillsTheScreenWithTheSameLayoutAndLegibleText() throws Exception {
        ScreensTest.onFx(() -> {
            theme.restore(DisplayTheme.LIGHT, 15);
            RunViewModel run = new RunViewModel(ScreensTest.exampleWithCards(services), services.runner(),
                    new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator(), CLOCK);
            run.start();
            run.jumpTo(0);
            all("welcome", run);
            run.jumpTo(4);
            run.next();
            all("stage-before-reveal", run);
            run.reveal();
            all("stage-revealed", run);
            run.next();
            run.reveal();
            run.next();
            run.reveal();
            run.next();
            all("debrief-threshold-chart", run);
            run.reveal();
            all("debrief-model-answer", run);
            run.jumpTo(10);
            run.next();
            all("myth-before-reveal", run);
            run.reveal();
            all("myth-revealed", run);
            run.jumpTo(1);
            run.reveal();
            all("trust-baseline", run);
            run.jumpTo(8);
            run.reveal();
            all("trust-followup", run);
            run.jumpTo(2);
            run.reveal();
            all("confidence-baseline", run);
            run.jumpTo(9);
            run.reveal();
            all("confidence-followup", run);
            List<AgendaItemKind> kinds = run.stateProperty().get().agenda().stream().map(AgendaItem::kind).toList();
            run.jumpTo(kinds.indexOf(AgendaItemKind.AGENCY_CARDS));
            run.reveal();
            all("agency-cards", run);
            run.jumpTo(kinds.indexOf(AgendaItemKind.WHERE_WE_STAND));
            run.reveal();
            all("stand-journey", run);
            run.next();
            run.reveal();
            all("stand-readiness", run);
            run.next();
            all("stand-actions", run);
            run.jumpTo(5);
            all("break", run);
            run.toggleBlank();
            all("blank", run);
            run.toggleBlank();
            theme.restore(DisplayTheme.PROJECTOR, 15);
            run.jumpTo(4);
            run.next();
            all("stage-revealed-projector", run);
            run.jumpTo(8);
            all("trust-followup-projector", run);
            theme.restore(DisplayTheme.LIGHT, 15);
            return null;
        });
    }

    @Test
    void theFontSizeSettingStillWorksOnTop() throws Exception {
        ScreensTest.onFx(() -> {
            RunViewModel run = new RunViewModel(services.examples().create().id(), services.runner(),
                    new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator(), CLOCK);
            run.start();
            run.jumpTo(5);
            theme.restore(DisplayTheme.LIGHT, 15);
            double usual = bodyAt1080("break-font-15", run);
            theme.restore(DisplayTheme.LIGHT, 20);
            double larger = bodyAt1080("break-font-20", run);
            theme.restore(DisplayTheme.LIGHT, 12);
            double smaller = bodyAt1080("break-font-12", run);
            theme.restore(DisplayTheme.LIGHT, 15);
            assertTrue(smaller < usual && usual < larger, smaller + " < " + usual + " < " + larger);
            report.add(String.format(Locale.ROOT, "break body at font size 12, 15, 20: %.1f, %.1f, %.1f px", smaller,
                    usual, larger));
            return null;
        });
    }

    private static double bodyAt1080(String name, RunViewModel run) throws Exception {
        AudienceView view = new AudienceView(run);
        screens.capture("audience-" + name + "-1920", view, AudienceWindow.AUDIENCE_SCALE, 1920, 1080, AudienceWindow.CSS);
        return body(view);
    }

    /** Renders one slide at the three sizes and checks it is laid out alike at each. */
    private static void all(String name, RunViewModel run) throws Exception {
        all(name, screens, () -> new AudienceView(run));
    }

    /** The same for a display made some other way, such as one with phones in the room. */
    static void all(String name, ScreenCapture screens, Supplier<AudienceView> display) throws Exception {
        List<List<double[]>> layouts = new ArrayList<>();
        for (int[] size : SIZES) {
            AudienceView view = display.get();
            screens.capture("audience-" + name + "-" + size[0], view, AudienceWindow.AUDIENCE_SCALE, size[0], size[1],
                    AudienceWindow.CSS);
            assertNothingCutOff(name + " at " + size[0] + "x" + size[1], view, size[0], size[1]);
            double screenScale = size[1] / 1080.0;
            Smallest smallest = smallest(view);
            if (size[1] == 1080) {
                assertTrue(smallest.pixels() >= MIN_TEXT_AT_1080 - 0.01, name + ": \"" + smallest.text() + "\" renders at "
                        + smallest.pixels() + "px at 1080p, below " + MIN_TEXT_AT_1080);
                report.add(smallest.text().isEmpty() ? name + ": no text"
                        : String.format(Locale.ROOT, "%-28s smallest text %.1fpx, largest body text %.1fpx at 1080p", name,
                        smallest.pixels(), body(view)));
            }
            layouts.add(layout(view, screenScale));
        }
        for (List<double[]> other : layouts.subList(1, layouts.size())) {
            assertEquals(layouts.get(0).size(), other.size(), name + ": the same lines of text at every size");
            for (int i = 0; i < other.size(); i++) {
                for (int k = 0; k < 3; k++) {
                    // Two units of 1080 for rounding to whole pixels; a line wrapped differently moves far more.
                    assertEquals(layouts.get(0).get(i)[k], other.get(i)[k], 2.0, name + ": the same layout at every size");
                }
            }
        }
    }

    /** Every line of text lies wholly on the screen: a slide too full for it would run off its foot. */
    private static void assertNothingCutOff(String where, Parent root, int width, int height) {
        visit(root, node -> {
            if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
                var bounds = node.localToScene(node.getLayoutBounds());
                assertTrue(bounds.getMinX() >= -0.5 && bounds.getMinY() >= -0.5 && bounds.getMaxX() <= width + 0.5
                        && bounds.getMaxY() <= height + 0.5, where + ": \"" + labeled.getText() + "\" runs off the screen");
            }
        });
    }

    /** Where each label sits on the 1080-high design screen, and how tall it is: equal at every size when the layout is. */
    private static List<double[]> layout(Parent root, double screenScale) {
        List<double[]> places = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
                var bounds = node.localToScene(node.getLayoutBounds());
                places.add(new double[] {bounds.getMinX() / screenScale, bounds.getMinY() / screenScale,
                        bounds.getHeight() / screenScale});
            }
        });
        return places;
    }

    record Smallest(String text, double pixels) {
    }

    /** The smallest text on screen, in real pixels: its font size times every scale above it. */
    static Smallest smallest(Parent root) {
        List<Smallest> sizes = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
                sizes.add(new Smallest(labeled.getText(), labeled.getFont().getSize()
                        * node.getLocalToSceneTransform().getMyy()));
            }
        });
        return sizes.stream().min((a, b) -> Double.compare(a.pixels(), b.pixels())).orElse(new Smallest("", 1e9));
    }

    private static double body(Parent root) {
        List<Double> sizes = new ArrayList<>();
        visit(root, node -> {
            if (node.getStyleClass().contains("slide-body") && node instanceof Labeled labeled) {
                sizes.add(labeled.getFont().getSize() * node.getLocalToSceneTransform().getMyy());
            }
        });
        return sizes.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        if (!node.isVisible()) {
            return;
        }
        action.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, action));
        }
    }
}
