package org.threshold.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
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
 * The JavaFX application. The database opens in {@link #init()}, on the launcher thread, so
 * the FX thread never waits on the disk; a problem opening it is shown once the toolkit is up,
 * with a way forward ({@link StartupFlow}).
 */
public final class ThresholdApp extends Application {
    private StartupOptions options;
    private Services services;
    private StoreException startupProblem;
    private StartupRecovery recovery;
    private boolean hasBackups;
    private DisplayTheme savedTheme;
    private int savedFontSize;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    /** The data in use: a restore from the Backups screen replaces it. */
    private final AtomicReference<Services> data = new AtomicReference<>();
    private AutoBackups autoBackups;

    /** Opens the window; returns when the facilitator closes it. */
    public static void open(String[] args) {
        launch(ThresholdApp.class, args);
    }

    @Override
    public void init() {
        options = StartupOptions.parse(getParameters().getRaw());
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
            services = Services.open(database, clock, leftovers);
            savedTheme = services.display().theme();
            savedFontSize = services.display().fontSize();
        } catch (StoreException e) {
            startupProblem = e;
            recovery = new StartupRecovery(database, clock, leftovers);
            hasBackups = e.problem() == StoreProblem.CORRUPT && recovery.hasBackups();
        }
    }

    @Override
    public void start(Stage stage) {
        Fonts.load();
        if (startupProblem != null) {
            new StartupFlow(tasks, recovery, recovered -> openWindow(stage, recovered.services(), recovered.theme(),
                    recovered.fontSize())).show(startupProblem, hasBackups);
            return;
        }
        openWindow(stage, services, savedTheme, savedFontSize);
    }

    private void openWindow(Stage stage, Services opened, DisplayTheme savedTheme, int savedFontSize) {
        data.set(opened);
        ThemeManager theme = new ThemeManager(() -> data.get().display(), tasks);
        theme.restore(savedTheme, savedFontSize);
        autoBackups = new AutoBackups(() -> data.get().backups());
        autoBackups.start();
        // The laptop's usual 1366x768, or less on a smaller screen, so the controls are never off the edge.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        MainWindow window = new MainWindow(stage, data, theme, tasks, autoBackups, new DesktopFolders(getHostServices()),
                Math.min(1366, screen.getWidth()), Math.min(768, screen.getHeight()));
        window.useHostServices(getHostServices());
        opened.database().readOnlyReason().ifPresent(reason -> window.showReadOnlyNotice(reason));
        window.showHome();
        if (options.exitAfterFirstFrame()) {
            exitAfterFirstFrame(window);
        }
        // The audience display is a second window: closing the console must not leave it behind on the projector.
        stage.setOnHidden(e -> window.closeAudienceDisplay());
        stage.show();
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
        if (autoBackups != null) {
            autoBackups.close();
        }
        tasks.close();
        Services current = data.get() != null ? data.get() : services;
        if (current != null) {
            current.close();
        }
    }
}
