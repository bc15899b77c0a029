package org.threshold.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DisplayTheme;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.NoProjector;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.store.StoreException;
import org.threshold.store.StoreProblem;
import org.threshold.ui.backups.BackupsView;
import org.threshold.ui.backups.BackupsViewModel;
import org.threshold.ui.home.HomeView;
import org.threshold.ui.home.HomeViewModel;
import org.threshold.domain.pack.Stage;
import org.threshold.ui.packs.PackLibraryView;
import org.threshold.ui.packs.PackLibraryViewModel;
import org.threshold.ui.packs.editor.OutlineItem;
import org.threshold.ui.packs.editor.PackEditorView;
import org.threshold.ui.packs.editor.PackEditorViewModel;
import org.threshold.ui.plan.PlanView;
import org.threshold.ui.plan.PlanViewModel;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.console.ConsoleView;

/**
 * Renders every main screen to target/screens, at the laptop's 1366x768 and the projector's
 * 1920x1080, so anyone can look at the app without a display: {@code mvn -Pscreens verify}. The
 * audience display has its own renders, at three sizes: {@link AudienceScreensTest}.
 */
@Tag("screens")
class ScreensTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T10:05:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path dir;
    static Services services;
    static ThemeManager theme;
    static ScreenCapture screens;
    static long example;

    @BeforeAll
    static void start() throws Exception {
        services = Services.open(dir.resolve("screens.db"), CLOCK);
        screens = ScreenCapture.start(services);
        theme = screens.theme();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void everyMainScreen() throws Exception {
        onFx(() -> {
            theme.restore(DisplayTheme.LIGHT, 15);
            screens.capture("home-first-run-1366", home(), 1, 1366, 768);
            example = services.examples().create().id();
            screens.capture("home-1366", home(), 1, 1366, 768);
            screens.capture("plan-1366", plan(), 1, 1366, 768);
            RunViewModel run = run();
            run.jumpTo(4);
            run.next();
            screens.capture("console-stage-1366", new ConsoleView(run, new NoProjector()), 1, 1366, 768);
            RunViewModel tables = run();
            tables.jumpTo(6);
            tables.next();
            screens.capture("console-table-layers-1366", new ConsoleView(tables, new NoProjector()), 1, 1366, 768);
            run.reveal();
            run.next();
            run.next();
            run.next();
            screens.capture("console-debrief-1366", new ConsoleView(run, new NoProjector()), 1, 1366, 768);
            ConsoleView typing = new ConsoleView(run, new NoProjector());
            // The note box lives inside a split pane, which only builds its children once in a scene.
            javafx.scene.Scene holder = new javafx.scene.Scene(typing);
            typing.applyCss();
            ((javafx.scene.control.TextField) typing.lookup("#note-text")).setText("Mia, born 03/11/2019, lives near LS1 4DY");
            holder.setRoot(new javafx.scene.layout.Pane());
            screens.capture("console-note-privacy-1366", typing, 1, 1366, 768);
            org.junit.jupiter.api.Assertions.assertTrue(((javafx.scene.control.Label) typing.lookup("#note-privacy"))
                    .getText().contains("date of birth"));
            theme.restore(DisplayTheme.PROJECTOR, 15);
            screens.capture("home-projector-1920", home(), 1, 1920, 1080);
            theme.restore(DisplayTheme.DARK, 18);
            screens.capture("home-dark-large-1366", home(), 1, 1366, 768);
            theme.restore(DisplayTheme.LIGHT, 15);
            return null;
        });
    }

    /** The console's trust grid, confidence check, myth-or-fact and agency cards, from the example. */
    @Test
    void trustAndConfidenceScreens() throws Exception {
        onFx(() -> {
            theme.restore(DisplayTheme.LIGHT, 15);
            RunViewModel run = run(exampleWithCards(services));
            run.jumpTo(1);
            screens.capture("console-trust-1366", new ConsoleView(run, new NoProjector()), 1, 1366, 768);
            run.jumpTo(9);
            screens.capture("console-confidence-1366", new ConsoleView(run, new NoProjector()), 1, 1366, 768);
            run.jumpTo(10);
            run.next();
            screens.capture("console-myth-1366", new ConsoleView(run, new NoProjector()), 1, 1366, 768);
            run.jumpTo(run.stateProperty().get().agenda().stream().map(AgendaItem::kind).toList()
                    .indexOf(AgendaItemKind.AGENCY_CARDS));
            screens.capture("console-cards-1366", new ConsoleView(run, new NoProjector()), 1, 1366, 768);
            return null;
        });
    }

    @Test
    void packScreens() throws Exception {
        Path broken = dir.resolve("colleague-pack.json");
        try (var in = ScreensTest.class.getResourceAsStream("/org/threshold/content/broken/bad-reference.json")) {
            java.nio.file.Files.copy(in, broken, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path small = dir.resolve("small-pack.json");
        try (var in = ScreensTest.class.getResourceAsStream("/org/threshold/content/valid/small-pack.json")) {
            java.nio.file.Files.copy(in, small, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        onFx(() -> {
            theme.restore(DisplayTheme.LIGHT, 15);
            PackLibraryViewModel library = new PackLibraryViewModel(services.packs(), new DirectTaskExecutor(),
                    new ScriptedDialogs(), new RecordingNavigator());
            PackLibraryView view = new PackLibraryView(library, theme);
            library.scenarioProperty().set(services.packs().defaultPack().pack().scenarios().get(1));
            screens.capture("packs-reader-1366", view, 1, 1366, 768);
            library.importFrom(broken);
            screens.capture("packs-import-refused-1366", new PackLibraryView(library, theme), 1, 1366, 768);
            library.clearImportProblems();
            library.importFrom(small);
            org.threshold.store.Tampering.update(services.database(),
                    "UPDATE pack SET json = substr(json, 1, 40) WHERE id = 'test-small-pack'");
            screens.capture("packs-unreadable-1366", new PackLibraryView(library, theme), 1, 1366, 768);
            services.packs().delete("test-small-pack");

            PackEditorViewModel bundled = editor("threshold-core-england");
            screens.capture("editor-read-only-1366", new PackEditorView(bundled, theme), 1, 1366, 768);
            String copy = services.packs().duplicate(services.packs().defaultPack()).id();
            PackEditorViewModel custom = editor(copy);
            PackEditorView editor = new PackEditorView(custom, theme);
            custom.editStage(0, 1, x -> new Stage("", x.text(), x.fragments(), x.decision(), x.facilitatorNotes()));
            custom.selectedProperty().set(OutlineItem.stage(0, 1));
            screens.capture("editor-stage-1366", editor, 1, 1366, 768);
            theme.restore(DisplayTheme.DARK, 18);
            PackEditorView again = new PackEditorView(custom, theme);
            custom.selectedProperty().set(OutlineItem.scenario(0));
            screens.capture("editor-scenario-dark-large-1366", again, 1, 1366, 768);
            theme.restore(DisplayTheme.LIGHT, 15);
            return null;
        });
    }

    /** The Backups screen with two backups, and what start-up shows for a damaged database and after recovering. */
    @Test
    void backupsAndStartupProblemScreens() throws Exception {
        services.backups().backUpNow();
        services.examples().create();
        services.backups().backUpNow();
        onFx(() -> {
            theme.restore(DisplayTheme.LIGHT, 15);
            BackupsViewModel model = new BackupsViewModel(services.backups(), new DirectTaskExecutor(),
                    new ScriptedDialogs(), new RecordingNavigator(), folder -> true, () -> { }, CLOCK.getZone());
            screens.capture("backups-1366", new BackupsView(model, theme), 1, 1366, 768);

            StoreException corrupt = new StoreException(StoreProblem.CORRUPT, "The database "
                    + "/home/facilitator/.local/share/threshold/threshold.db is damaged and cannot be used as it is. "
                    + "Nothing has been deleted: Threshold can move the damaged file aside and start afresh, or restore "
                    + "a backup.");
            screens.capture("startup-corrupt-720", new StartupProblemView(corrupt, true, choice -> { }), 1, 720, 420);
            screens.capture("startup-corrupt-1366", new StartupProblemView(corrupt, true, choice -> { }), 1, 1366, 768);
            StartupProblemView recovered = new StartupProblemView(corrupt, true, choice -> { });
            recovered.recovered("The database was damaged, so Threshold set it aside in "
                    + "/home/facilitator/.local/share/threshold/damaged/20261014-114500 (nothing was deleted) and restored "
                    + "the backup from 14 Oct 2026 at 10:00. Anything saved between 14 Oct 2026 at 10:00 and 14 Oct 2026 "
                    + "at 12:40 is not in the restored database; it may still be in the damaged file.", () -> { });
            screens.capture("startup-recovered-720", recovered, 1, 720, 420);
            StoreException open = new StoreException(StoreProblem.ALREADY_OPEN, "Threshold is already open on "
                    + "threshold.db in another window. Switch to that window, or close it and start Threshold again.");
            screens.capture("startup-already-open-720", new StartupProblemView(open, false, choice -> { }), 1, 720, 420);
            return null;
        });
    }

    /** The example workshop with agency cards added before the close, so every kind of item has something in it. */
    static long exampleWithCards(Services services) {
        long session = services.examples().create().id();
        List<AgendaItem> agenda = new ArrayList<>(services.planner().load(session).agenda());
        agenda.add(agenda.size() - 1, AgendaItem.planned(AgendaItemKind.AGENCY_CARDS,
                "What I need you to know about my agency", "", 20));
        services.planner().saveAgenda(session, agenda);
        return session;
    }

    private static PackEditorViewModel editor(String id) {
        return new PackEditorViewModel(id, services.packs(), new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator());
    }

    private static Parent home() {
        return new HomeView(new HomeViewModel(services.catalog(), services.examples(), new DirectTaskExecutor(),
                new ScriptedDialogs(), new RecordingNavigator()), theme);
    }

    private static Parent plan() {
        return new PlanView(new PlanViewModel(example, services.planner(), new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator()), theme);
    }

    private static RunViewModel run() {
        return run(example);
    }

    static RunViewModel run(long session) {
        RunViewModel model = new RunViewModel(session, services.runner(), new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator(), CLOCK);
        model.start();
        return model;
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
