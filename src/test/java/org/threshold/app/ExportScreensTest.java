package org.threshold.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.DisplayTheme;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.ReportFormat;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.export.CompareDialog;
import org.threshold.ui.export.CompareViewModel;
import org.threshold.ui.export.ExportActions;
import org.threshold.ui.export.ExportDialog;
import org.threshold.ui.export.ExportDialogs;
import org.threshold.ui.export.ExportViewModel;
import org.threshold.ui.export.FileOpener;
import org.threshold.ui.home.HomeView;
import org.threshold.ui.home.HomeViewModel;
import org.threshold.ui.plan.PlanView;
import org.threshold.ui.plan.PlanViewModel;
import org.threshold.workshop.SessionOverview;

/**
 * The export and compare dialogs as they sit over the home screen at 1366x768, before and
 * after an export, and the home and plan screens with their export actions. Its own database,
 * so the first-run home screen in {@link ScreensTest} stays empty.
 */
@Tag("screens")
class ExportScreensTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T10:05:00Z"), ZoneId.of("Europe/London"));
    private static final FileOpener NOWHERE = new FileOpener() {
        @Override
        public void open(Path path) {
        }

        @Override
        public void showInFolder(Path path) {
        }
    };
    private static final ExportActions NO_DIALOGS = new ExportActions() {
        @Override
        public void exportSession(WorkshopSession session) {
        }

        @Override
        public void archiveSession(WorkshopSession session) {
        }

        @Override
        public void importArchive(Consumer<WorkshopSession> imported) {
        }

        @Override
        public void importArchive(Path file, Consumer<WorkshopSession> imported) {
        }

        @Override
        public void compare(List<SessionOverview> sessions, SessionOverview preselected) {
        }
    };

    @TempDir
    static Path dir;
    static Services services;
    static ThemeManager theme;
    static ScreenCapture screens;

    @BeforeAll
    static void start() throws Exception {
        services = Services.open(dir.resolve("export-screens.db"), CLOCK);
        screens = ScreenCapture.start(services);
        theme = screens.theme();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void exportAndCompareDialogs() throws Exception {
        ScreensTest.onFx(() -> {
            theme.restore(DisplayTheme.LIGHT, 15);
            WorkshopSession example = services.examples().create();
            services.examples().create();
            ExportDialogs.UseCases useCases = services.exports();
            screens.capture("home-export-actions-1366", home(), 1, 1366, 768);
            screens.capture("plan-export-1366", new PlanView(new PlanViewModel(example.id(), services.planner(),
                    new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator()), theme, NO_DIALOGS),
                    1, 1366, 768);

            ExportViewModel before = exportModel(example, useCases);
            screens.capture("export-dialog-before-1366", over(new ExportDialog(before)), 1, 1366, 768);

            ExportViewModel after = exportModel(example, useCases);
            after.job().destinationProperty().set(dir.resolve(after.job().suggestedName()));
            after.export();
            screens.capture("export-dialog-after-1366", over(new ExportDialog(after)), 1, 1366, 768);

            ExportViewModel failed = exportModel(example, useCases);
            failed.job().formatProperty().set(ReportFormat.DOCX);
            failed.job().destinationProperty().set(dir.resolve("gone").resolve("summary.docx"));
            failed.export();
            screens.capture("export-dialog-error-1366", over(new ExportDialog(failed)), 1, 1366, 768);

            List<SessionOverview> sessions = services.catalog().list();
            CompareViewModel compare = new CompareViewModel(sessions, sessions.get(0), useCases.compare(),
                    LocalDate.now(CLOCK), new DirectTaskExecutor(), new ScriptedDialogs(), NOWHERE, Runnable::run);
            screens.capture("compare-chooser-1366", over(new CompareDialog(compare)), 1, 1366, 768);
            theme.restore(DisplayTheme.DARK, 18);
            screens.capture("home-export-actions-dark-large-1366", home(), 1, 1366, 768);
            screens.capture("export-dialog-dark-large-1366", over(new ExportDialog(exportModel(example, useCases))),
                    1, 1366, 768);
            theme.restore(DisplayTheme.LIGHT, 15);
            return null;
        });
    }

    private static ExportViewModel exportModel(WorkshopSession session, ExportDialogs.UseCases useCases) {
        return new ExportViewModel(session, useCases.export(), new DirectTaskExecutor(), new ScriptedDialogs(), NOWHERE,
                Runnable::run);
    }

    private static Parent home() {
        return new HomeView(new HomeViewModel(services.catalog(), services.examples(), new DirectTaskExecutor(),
                new ScriptedDialogs(), new RecordingNavigator()), theme, NO_DIALOGS);
    }

    /** The dialog's pane at its own size over the home screen, as the facilitator sees it. */
    private static Parent over(Dialog<?> dialog) {
        Node pane = dialog.getDialogPane();
        dialog.getDialogPane().setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        dialog.getDialogPane().getStyleClass().add("screens-dialog");
        StackPane root = new StackPane(home(), pane);
        return root;
    }
}
