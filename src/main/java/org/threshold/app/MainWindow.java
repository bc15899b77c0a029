package org.threshold.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.threshold.store.Database;
import org.threshold.ui.backups.BackupsView;
import org.threshold.ui.backups.BackupsViewModel;
import org.threshold.ui.backups.FolderOpener;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.EnterNeverTicks;
import org.threshold.ui.common.FxDialogService;
import org.threshold.ui.common.Navigator;
import org.threshold.ui.common.Problems;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.ui.export.ExportActions;
import org.threshold.ui.export.ExportDialogs;
import org.threshold.ui.home.HomeView;
import org.threshold.ui.home.HomeViewModel;
import org.threshold.ui.packs.PackLibraryView;
import org.threshold.ui.packs.PackLibraryViewModel;
import org.threshold.ui.packs.editor.PackEditorView;
import org.threshold.ui.packs.editor.PackEditorViewModel;
import org.threshold.ui.plan.PlanView;
import org.threshold.ui.plan.PlanViewModel;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.audience.AudienceWindow;
import org.threshold.ui.run.console.ConsoleView;
import org.threshold.ui.run.phones.PhonesPanel;
import org.threshold.ui.run.phones.PhonesViewModel;

/** The presenter's window: one scene whose root moves between the screens. */
public final class MainWindow implements Navigator {
    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());
    /** "Ctrl+plus" as people press it: with or without Shift on the = key, the + key, or the keypad. */
    private static final List<KeyCombination> BIGGER = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY));
    private static final List<KeyCombination> SMALLER = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY));
    private static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final AtomicReference<Services> data;
    private final ThemeManager theme;
    private final TaskExecutor tasks;
    private final AutoBackups autoBackups;
    private final FolderOpener folders;
    private final DialogService dialogs;
    /** The window's own work, not any one screen's: the check behind the home screen, reopening after a restore. */
    private final BackgroundWork work;
    private final Scene scene;
    private ConsoleView console;
    private PhonesViewModel phones;
    private HostServices host;
    private Runnable exit = () -> { };

    /**
     * @param data the services over the open data; a restore replaces them, so nothing keeps its own copy
     */
    public MainWindow(Stage stage, AtomicReference<Services> data, ThemeManager theme, TaskExecutor tasks,
                      AutoBackups autoBackups, FolderOpener folders, double width, double height) {
        this.stage = stage;
        this.data = data;
        this.theme = theme;
        this.tasks = tasks;
        this.autoBackups = autoBackups;
        this.folders = folders;
        this.dialogs = new FxDialogService(() -> stage);
        this.work = new BackgroundWork(tasks, dialogs, "Threshold");
        this.scene = new Scene(new Pane(), width, height);
        theme.register(scene, 1);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::textSizeKeys);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, EnterNeverTicks.FILTER);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (QUIT.match(e)) {
                e.consume();
                quit();
            }
        });
        // Closing the window while a workshop runs asks first, as Ctrl+Q does.
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.setScene(scene);
        stage.setTitle("Threshold");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
    }

    public Scene scene() {
        return scene;
    }

    @Override
    public void showHome() {
        closeConsole();
        HomeView home = new HomeView(new HomeViewModel(services().catalog(), services().examples(), tasks, dialogs, this), theme,
                exportActions());
        show(home, "Threshold");
        home.focusFirst();
    }

    @Override
    public void openSession(long sessionId) {
        closeConsole();
        PlanViewModel model = new PlanViewModel(sessionId, services().planner(), tasks, dialogs, this);
        PlanView plan = new PlanView(model, theme, exportActions());
        show(plan, "Threshold: plan");
        plan.focusFirst();
    }

    @Override
    public void runSession(long sessionId) {
        closeConsole();
        RunViewModel model = new RunViewModel(sessionId, services().runner(), tasks, dialogs, this, services().clock());
        AudienceWindow audience = new AudienceWindow(model, theme, stage, tasks, () -> services().display());
        console = new ConsoleView(model, audience, exportActions());
        phones = new PhonesViewModel(sessionId, model, services().phoneAnswers(), services().phoneServer(),
                services().phonePreferences(), tasks, dialogs, Platform::runLater);
        console.showPhones(new PhonesPanel(phones));
        model.stand().usePhones(phones.sessionAnswers());
        audience.showPhones(phones);
        show(console, "Threshold: presenter console");
        audience.show();
        // The console keeps the keyboard: the projector window only shows.
        stage.toFront();
        stage.requestFocus();
        model.start();
        phones.load();
    }

    @Override
    public void showPacks() {
        closeConsole();
        PackLibraryView packs = new PackLibraryView(new PackLibraryViewModel(services().packs(), tasks, dialogs, this), theme);
        show(packs, "Threshold: scenario packs");
        packs.focusFirst();
    }

    @Override
    public void editPack(String packId) {
        closeConsole();
        PackEditorView editor = new PackEditorView(new PackEditorViewModel(packId, services().packs(), tasks, dialogs, this),
                theme);
        show(editor, "Threshold: pack editor");
        editor.focusFirst();
    }

    /** How the app ends once the facilitator has said so: the application exits, which takes the closing backup. */
    public void quitWith(Runnable exit) {
        this.exit = exit;
    }

    /**
     * Ctrl+Q, or closing the window: while a workshop runs, asks first; then everything typed is
     * saved and, once the last save is on disk, the projector window and the phones close while the
     * data is still open (so where the projector window sat is remembered too), and the app exits.
     */
    public void quit() {
        if (console == null) {
            exit.run();
            return;
        }
        if (console.isRunning() && !dialogs.confirm("Quit Threshold", "A workshop is running. Quit Threshold now? "
                + "Everything entered is saved, and the workshop opens again at the same step.", "Quit")) {
            return;
        }
        ConsoleView running = console;
        running.commitAll();
        running.whenSaved(() -> {
            closeConsole();
            exit.run();
        });
    }

    /** The export, comparison and archive dialogs; opening files needs the application's host services. */
    public void useHostServices(HostServices host) {
        this.host = host;
    }

    /** Made on the FX thread when first used; a restore in the meantime is seen, as the services are read then. */
    private ExportActions exportActions() {
        return ExportActions.onFirstUse(() -> new ExportDialogs(services().exports(), tasks,
                new FxDialogService(() -> stage), new HostFileOpener(host, dialogs), services().clock()));
    }

    /** Imports an archive opened from the file manager, then shows it on the home screen. */
    public void importArchive(Path file) {
        exportActions().importArchive(file, imported -> showHome());
    }

    @Override
    public void showBackups() {
        closeConsole();
        Services services = services();
        BackupsView view = new BackupsView(new BackupsViewModel(services.backups(), tasks, dialogs, this, folders,
                this::reopenData, services.clock().getZone()), theme);
        show(view, "Threshold: backups");
        view.focusFirst();
    }

    @Override
    public void showLog() {
        LogDialog.show(stage, tasks);
    }

    /** After a restore closed the database: opens the same file again (off the FX thread) and starts from home. */
    private void reopenData() {
        Services closed = services();
        work.run(closed::reopen, reopened -> {
            data.set(reopened);
            showHome();
        }, failure -> dialogs.showError("Threshold cannot reopen its data", Problems.describe(failure)
                + " Close Threshold and start it again."));
    }

    private Services services() {
        return data.get();
    }

    public void closeAudienceDisplay() {
        closeConsole();
    }

    private void closeConsole() {
        if (phones != null) {
            phones.leave();
            phones = null;
        }
        if (console != null) {
            console.close();
            console = null;
            autoBackups.sessionClosed();
        }
    }

    /** Tells the facilitator once, after the window appears, why nothing can be changed. */
    public void showReadOnlyNotice(String reason) {
        Platform.runLater(() -> dialogs.showInformation("Open for reading only", reason));
    }

    /**
     * The check a clean last close let the start skip: it runs behind the home screen and says if it finds
     * damage; the next start then sets the file aside and offers a backup.
     */
    public void checkInBackground(Database database) {
        if (!database.checkedAtOpen()) {
            work.run(database::quickCheck,
                    damage -> damage.ifPresent(message -> dialogs.showError("Threshold found damage in its data", message)),
                    failure -> LOG.log(System.Logger.Level.WARNING, "The background check of the database failed", failure));
        }
    }

    private void show(Parent root, String title) {
        scene.setRoot(root);
        stage.setTitle(title);
    }

    private void textSizeKeys(KeyEvent e) {
        int size = theme.fontSizeProperty().get();
        if (BIGGER.stream().anyMatch(k -> k.match(e))) {
            theme.setFontSize(size + 1);
        } else if (SMALLER.stream().anyMatch(k -> k.match(e))) {
            theme.setFontSize(size - 1);
        } else {
            return;
        }
        e.consume();
    }
}
