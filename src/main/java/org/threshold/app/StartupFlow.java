package org.threshold.app;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.threshold.domain.DisplayTheme;
import org.threshold.store.StoreException;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.Problems;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.DisplayPreferences;

/**
 * Start-up when the data would not open: shows the problem and, for a damaged database, runs the
 * chosen recovery off the FX thread; once the data is open, hands it on and the app starts as usual.
 * The problem window stays up until then, so the app never exits for want of a window meanwhile.
 */
final class StartupFlow {
    private static final System.Logger LOG = System.getLogger(StartupFlow.class.getName());
    private final TaskExecutor tasks;
    /** The recovery chosen, off the FX thread; a second choice waits for the first. */
    private final BackgroundWork work;
    private final StartupRecovery recovery;
    private final Consumer<StartupRecovery.Outcome> opened;

    StartupFlow(TaskExecutor tasks, StartupRecovery recovery, Consumer<StartupRecovery.Outcome> opened) {
        this.tasks = tasks;
        this.work = new BackgroundWork(tasks, failure -> LOG.log(System.Logger.Level.WARNING,
                "Start-up recovery failed", failure));
        this.recovery = recovery;
        this.opened = opened;
    }

    /** @param hasBackups read off the FX thread in the app's init, with the problem */
    void show(StoreException problem, boolean hasBackups) {
        Stage stage = new Stage();
        StartupProblemView[] view = new StartupProblemView[1];
        view[0] = new StartupProblemView(problem, hasBackups, choice -> choose(choice, stage, view[0]));
        Scene scene = new Scene(view[0], 720, 420);
        // No preferences to save to yet: the light theme at the usual size.
        ThemeManager theme = new ThemeManager((DisplayPreferences) null, tasks);
        theme.restore(DisplayTheme.LIGHT, DisplayPreferences.DEFAULT_FONT_SIZE);
        theme.register(scene, 1);
        stage.setScene(scene);
        stage.setTitle("Threshold cannot open its data");
        stage.show();
    }

    private void choose(StartupProblemView.Choice choice, Stage stage, StartupProblemView view) {
        switch (choice) {
            case RESTORE -> recover(stage, view, "Setting the damaged file aside and restoring the newest backup\u2026",
                    recovery::restoreNewestBackup);
            case START_AFRESH -> recover(stage, view, "Setting the damaged file aside\u2026", recovery::setAsideAndStartAfresh);
            case SHOW_LOG -> LogDialog.show(stage, tasks);
            case CLOSE -> {
                stage.close();
                Platform.exit();
            }
        }
    }

    private void recover(Stage stage, StartupProblemView view, String working,
                         java.util.concurrent.Callable<StartupRecovery.Outcome> step) {
        view.working(working);
        work.run(step, outcome -> view.recovered(outcome.message(), () -> {
            opened.accept(outcome);
            stage.close();
        }), failure -> view.failed(Problems.describe(failure)));
    }
}
