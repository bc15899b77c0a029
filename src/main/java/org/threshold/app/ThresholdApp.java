package org.threshold.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.threshold.cli.StartupReport;
import org.threshold.domain.DisplayTheme;
import org.threshold.store.Database;
import org.threshold.store.DataFolder;
import org.threshold.store.Leftovers;
import org.threshold.store.StoreException;
import org.threshold.store.StoreProblem;
import org.threshold.ui.common.FxTaskExecutor;

/**
 * The JavaFX application. The database opens on a thread of its own while the toolkit starts,
 * and {@link #init()} waits for it, so the FX thread never waits on the disk; a problem opening
 * it is shown once the toolkit is up, with a way forward ({@link StartupFlow}).
 */
public final class ThresholdApp extends Application {
    /**
     * Started by {@link #open} before the toolkit, so the database opens while JavaFX starts: the two
     * take about as long as each other. Static because JavaFX makes the Application object itself.
     * Not BackgroundWork: that hands results to the FX thread, which does not exist yet.
     */
    private static volatile CompletableFuture<Opening> early;

    private Opening opening;
    /** The pool every window's BackgroundWork runs on; made here and closed by {@link Closing}, used by nothing else. */
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    /** The data in use: a restore from the Backups screen replaces it. */
    private final AtomicReference<Services> data = new AtomicReference<>();
    private AutoBackups autoBackups;
    private Closing closing;

    /** Opens the window; returns when the facilitator closes it. */
    public static void open(String[] args) {
        List<String> raw = List.of(args);
        early = CompletableFuture.supplyAsync(() -> Opening.of(raw));
        launch(ThresholdApp.class, args);
    }

    /** On the launcher thread, with the toolkit up: the font loads while the database may still be opening. */
    @Override
    public void init() {
        Fonts.load();
        CompletableFuture<Opening> started = early;
        if (started == null) {
            opening = Opening.of(getParameters().getRaw());
            return;
        }
        try {
            opening = started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (opening.problem() != null) {
            new StartupFlow(tasks, opening.recovery(), recovered -> openWindow(stage, recovered.services(),
                    recovered.theme(), recovered.fontSize())).show(opening.problem(), opening.hasBackups());
            return;
        }
        openWindow(stage, opening.services(), opening.theme(), opening.fontSize());
    }

    private void openWindow(Stage stage, Services opened, DisplayTheme savedTheme, int savedFontSize) {
        data.set(opened);
        ThemeManager theme = new ThemeManager(() -> data.get().display(), tasks);
        theme.restore(savedTheme, savedFontSize);
        autoBackups = new AutoBackups(() -> data.get().backups());
        autoBackups.start();
        closing = new Closing(autoBackups, tasks, data::get).onTermination();
        // The laptop's usual 1366x768, or less on a smaller screen, so the controls are never off the edge.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        MainWindow window = new MainWindow(stage, data, theme, tasks, autoBackups, new DesktopFolders(getHostServices()),
                Math.min(1366, screen.getWidth()), Math.min(768, screen.getHeight()));
        window.useHostServices(getHostServices());
        window.quitWith(Platform::exit);
        opened.database().readOnlyReason().ifPresent(reason -> window.showReadOnlyNotice(reason));
        window.showHome();
        if (opening.options().exitAfterFirstFrame()) {
            exitAfterFirstFrame(window);
        }
        // The audience display is a second window: closing the console must not leave it behind on the projector.
        stage.setOnHidden(e -> window.closeAudienceDisplay());
        stage.show();
        window.checkInBackground(opened.database());
        // Once the window is up: its icon, an archive the app was opened with, and on macOS those opened while it runs.
        Platform.runLater(() -> stage.getIcons().setAll(AppIcon.images()));
        opening.options().archive().ifPresent(file -> Platform.runLater(() -> window.importArchive(file)));
        Platform.runLater(() -> MacOpenedFiles.forwardTo(window::importArchive));
    }

    /** Measures JVM start to the first frame the home screen is drawn in, then leaves cleanly. */
    private void exitAfterFirstFrame(MainWindow window) {
        window.scene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                window.scene().removePostLayoutPulseListener(this);
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                // The frame is painted in the same pulse, after layout; exit on the next turn of the FX loop.
                Platform.runLater(() -> {
                    StartupReport.print(millis);
                    Platform.exit();
                });
            }
        });
    }

    /** The closing backup is taken, and the timer stopped, before the database closes. */
    @Override
    public void stop() {
        if (closing == null) {
            closing = new Closing(null, tasks, () -> opening == null ? null : opening.services());
        }
        closing.close();
    }

    /** What the start found, read off the FX thread: the data open with its display settings, or the problem. */
    private record Opening(StartupOptions options, Services services, DisplayTheme theme, int fontSize,
                           StoreException problem, StartupRecovery recovery, boolean hasBackups) {
        static Opening of(List<String> args) {
            StartupOptions options = StartupOptions.parse(args);
            DataFolder folder = DataFolder.forThisUser();
            Leftovers leftovers = Leftovers.in(folder);
            Clock clock = Clock.systemDefaultZone();
            // Before the driver unpacks its library: what is cleared is never this run's.
            leftovers.cleanUp(clock.instant());
            Database.extractNativeLibraryInto(folder.nativeLibraries());
            Path database = options.database().orElse(folder.defaultDatabase());
            try {
                if (options.database().isEmpty()) {
                    folder.create();
                }
                Services services = Services.openAtStart(database, clock, leftovers);
                return new Opening(options, services, services.display().theme(), services.display().fontSize(), null,
                        null, false);
            } catch (StoreException e) {
                StartupRecovery recovery = new StartupRecovery(database, clock, leftovers);
                return new Opening(options, null, null, 0, e, recovery,
                        e.problem() == StoreProblem.CORRUPT && recovery.hasBackups());
            }
        }
    }
}
