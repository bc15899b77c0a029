package org.threshold.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DisplayTheme;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.NoProjector;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.plan.PlanView;
import org.threshold.ui.plan.PlanViewModel;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.audience.AudienceView;
import org.threshold.ui.run.audience.AudienceWindow;
import org.threshold.ui.run.console.ConsoleView;

/**
 * "Where we stand" from the example workshop, rendered to target/screens in every theme: the
 * console at the laptop's 1366x768, the audience display at 1366x768 and 1920x1080, each step
 * before and after the reveal, and the plan with the last workshop's actions to review.
 */
@Tag("screens")
class StandScreensTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T14:35:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path dir;
    static Services services;
    static ThemeManager theme;
    static ScreenCapture screens;

    @BeforeAll
    static void start() throws Exception {
        services = Services.open(dir.resolve("stand-screens.db"), CLOCK);
        screens = ScreenCapture.start(services);
        theme = screens.theme();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    /** One example throughout, every theme at each step: a reveal is saved, so the questions come first. */
    @Test
    void everyStepInEveryTheme() throws Exception {
        ScreensTest.onFx(() -> {
            long example = services.examples().create().id();
            RunViewModel run = run(example);
            run.jumpTo(run.stateProperty().get().agenda().stream().map(i -> i.kind()).toList()
                    .indexOf(AgendaItemKind.WHERE_WE_STAND));
            for (String step : List.of("journey", "readiness", "actions")) {
                eachTheme(suffix -> {
                    screens.capture("stand-console-" + step + "-" + suffix + "-1366", new ConsoleView(run,
                            new NoProjector()), 1, 1366, 768);
                    both("stand-audience-" + step + (step.equals("actions") ? "" : "-asked") + "-" + suffix, run);
                });
                if (!step.equals("actions")) {
                    run.reveal();
                    eachTheme(suffix -> both("stand-audience-" + step + "-" + suffix, run));
                    run.next();
                }
            }
            // At the default text size: the plan's three columns are already cramped at 1366 with larger text.
            for (DisplayTheme each : DisplayTheme.values()) {
                theme.restore(each, 15);
                screens.capture("stand-plan-review-" + name(each) + "-1366", plan(example), 1, 1366, 768);
            }
            theme.restore(DisplayTheme.LIGHT, 15);
            return null;
        });
    }

    private interface Capture {
        void in(String themeName) throws java.io.IOException;
    }

    /** Each theme at the size a facilitator would use it: the dark one with larger text, for a dim room. */
    private static void eachTheme(Capture capture) throws java.io.IOException {
        for (DisplayTheme each : DisplayTheme.values()) {
            theme.restore(each, each == DisplayTheme.DARK ? 18 : 15);
            capture.in(name(each));
        }
    }

    private static String name(DisplayTheme theme) {
        return theme.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void both(String name, RunViewModel run) throws java.io.IOException {
        for (int[] size : List.of(new int[] {1920, 1080}, new int[] {1366, 768})) {
            screens.capture(name + "-" + size[0], new AudienceView(run), AudienceWindow.AUDIENCE_SCALE, size[0], size[1],
                    AudienceWindow.CSS);
        }
    }

    private static PlanView plan(long session) {
        return new PlanView(new PlanViewModel(session, services.planner(), new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator()), theme);
    }

    private static RunViewModel run(long session) {
        RunViewModel model = new RunViewModel(session, services.runner(), new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator(), CLOCK);
        model.start();
        return model;
    }
}
