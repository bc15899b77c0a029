package org.threshold.ui.home;

import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.threshold.ui.common.AppBar;
import org.threshold.ui.common.Appearance;
import org.threshold.ui.common.FxDialogService;
import org.threshold.ui.common.Icons;
import org.threshold.ui.common.ListActions;
import org.threshold.ui.details.SessionDetailsDialog;
import org.threshold.ui.details.SessionDetailsViewModel;
import org.threshold.domain.WorkshopSession;
import org.threshold.ui.export.ExportActions;
import org.threshold.workshop.SessionOverview;

/** The home screen: every workshop on this computer, searchable, with the actions a facilitator needs. */
public final class HomeView extends BorderPane {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXAMPLE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PACKS = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final HomeViewModel model;
    private final Appearance appearance;
    private final TextField search = new TextField();
    private final ListView<SessionOverview> list = new ListView<>();
    private final SessionDetailsPane details = new SessionDetailsPane();
    private final WelcomePane welcome = new WelcomePane();
    private final Button newButton = new Button("New workshop", Icons.NEW.icon());
    private final Button exampleButton = new Button("Example", Icons.EXAMPLE.icon());
    private final Button packsButton = new Button("Packs", Icons.PACKS.icon());
    private final Button backupsButton = new Button("Backups", Icons.BACKUPS.icon());
    private final Button openButton = new Button("Open", Icons.OPEN.icon());
    private final Button duplicateButton = new Button("Duplicate", Icons.DUPLICATE.icon());
    private final Button deleteButton = new Button("Delete", Icons.DELETE.icon());
    private final Label status = new Label();
    private final SplitPane split = new SplitPane();
    private final ExportActions exports;
    private final MenuButton more = new MenuButton("More");
    private final MenuItem exportItem = new MenuItem("Export summary\u2026");
    private final MenuItem compareItem = new MenuItem("Compare workshops\u2026");
    private final MenuItem archiveItem = new MenuItem("Save as archive\u2026");
    private final MenuItem importItem = new MenuItem("Import archive\u2026");
    private final MenuItem purgeItem = new MenuItem("Delete old workshops\u2026");
    private final MenuItem logItem = new MenuItem("Show the log\u2026");

    public HomeView(HomeViewModel model, Appearance appearance) {
        this(model, appearance, null);
    }

    /** @param exports the export, comparison and archive dialogs; null leaves the More menu out */
    public HomeView(HomeViewModel model, Appearance appearance, ExportActions exports) {
        this.model = model;
        this.appearance = appearance;
        this.exports = exports;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("home");
        AppBar bar = new AppBar("Workshops on this computer", appearance);
        newButton.setId("home-new");
        newButton.getStyleClass().add("accent");
        newButton.setTooltip(new Tooltip("Plan a new workshop (Ctrl+N)"));
        exampleButton.setId("home-example");
        exampleButton.setTooltip(new Tooltip("Add the example workshop, filled with fictional answers (Ctrl+E)"));
        packsButton.setId("home-packs");
        packsButton.setTooltip(new Tooltip("Read, import, export and customise scenario packs (Ctrl+P)"));
        bar.addActions(newButton, exampleButton, packsButton);
        setTop(bar);

        search.setId("home-search");
        search.setPromptText("Search by title, venue or date (Ctrl+F)");
        list.setId("home-sessions");
        list.setCellFactory(view -> new SessionCell());
        list.setPlaceholder(new Label("No workshop matches the search."));
        VBox.setVgrow(list, Priority.ALWAYS);
        openButton.setId("home-open");
        openButton.setTooltip(new Tooltip("Open, or resume where it stopped (Enter)"));
        duplicateButton.setId("home-duplicate");
        duplicateButton.setTooltip(new Tooltip("Copy the plan, without any answers (Ctrl+D)"));
        deleteButton.setId("home-delete");
        deleteButton.setTooltip(new Tooltip("Delete with everything recorded in it (Delete)"));
        HBox actions = new HBox(8, openButton, duplicateButton, deleteButton);
        if (exports != null) {
            // Beside the other actions on the chosen workshop: at 1366 wide with large text the app bar is full.
            more.setId("home-more");
            more.setTooltip(new Tooltip("Export a summary, compare workshops, or move one between computers"));
            exportItem.setAccelerator(EXPORT);
            more.getItems().setAll(exportItem, compareItem, new SeparatorMenuItem(), archiveItem, importItem,
                    new SeparatorMenuItem(), purgeItem, logItem);
            actions.getChildren().add(more);
        }
        VBox left = new VBox(10, search, list, actions);
        left.setPadding(new Insets(16));
        left.setMinWidth(360);

        split.getItems().setAll(left, details);
        split.setDividerPositions(0.45);
        StackPane center = new StackPane(split, welcome);
        StackPane.setMargin(welcome, new Insets(32));
        setCenter(center);

        status.setId("home-status");
        // In the status bar, not the app bar: at large text on a 1366-wide laptop the app bar has no room left.
        backupsButton.setId("home-backups");
        backupsButton.setTooltip(new Tooltip("The backups of your workshops: back up now, restore, open the data folder"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox statusBar = new HBox(8, status, grow, backupsButton);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
    }

    private void initListeners() {
        list.setItems(model.sessions());
        search.textProperty().bindBidirectional(model.searchTextProperty());
        status.textProperty().bind(model.statusProperty());
        welcome.visibleProperty().bind(model.firstRunProperty());
        welcome.managedProperty().bind(model.firstRunProperty());
        split.visibleProperty().bind(model.firstRunProperty().not());
        getCenter().disableProperty().bind(model.busyProperty());

        model.selectedProperty().addListener((obs, old, selected) -> {
            if (list.getSelectionModel().getSelectedItem() != selected) {
                list.getSelectionModel().select(selected);
            }
            details.show(selected);
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.selectedProperty().set(item);
            }
        });
        var noSelection = model.selectedProperty().isNull();
        openButton.disableProperty().bind(noSelection);
        duplicateButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);

        newButton.setOnAction(e -> askForNewSession());
        welcome.newWorkshop.setOnAction(e -> askForNewSession());
        exampleButton.setOnAction(e -> model.openExample());
        packsButton.setOnAction(e -> model.openPacks());
        backupsButton.setOnAction(e -> model.openBackups());
        welcome.example.setOnAction(e -> model.openExample());
        openButton.setOnAction(e -> model.openSelected());
        duplicateButton.setOnAction(e -> model.duplicateSelected());
        deleteButton.setOnAction(e -> model.deleteSelected());
        ListActions.bind(list, model::openSelected, model::deleteSelected);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        if (exports != null) {
            exportItem.disableProperty().bind(noSelection);
            archiveItem.disableProperty().bind(noSelection);
            compareItem.disableProperty().bind(javafx.beans.binding.Bindings.size(model.sessions()).lessThan(2));
            exportItem.setOnAction(e -> exportSelected());
            compareItem.setOnAction(e -> exports.compare(List.copyOf(model.sessions()), model.selectedProperty().get()));
            archiveItem.setOnAction(e -> withSelected(exports::archiveSession));
            importItem.setOnAction(e -> exports.importArchive(imported -> model.refresh()));
            purgeItem.setOnAction(e -> askRetention());
            logItem.setOnAction(e -> model.showLog());
        }
        model.refresh();
    }

    private void shortcuts(KeyEvent e) {
        if (NEW.match(e)) {
            askForNewSession();
        } else if (EXAMPLE.match(e)) {
            model.openExample();
        } else if (DUPLICATE.match(e)) {
            model.duplicateSelected();
        } else if (PACKS.match(e)) {
            model.openPacks();
        } else if (EXPORT.match(e) && exports != null) {
            exportSelected();
        } else if (FIND.match(e)) {
            search.requestFocus();
        } else {
            return;
        }
        e.consume();
    }

    private void askForNewSession() {
        SessionDetailsDialog dialog = new SessionDetailsDialog(new SessionDetailsViewModel(LocalDate.now()),
                "New workshop", "Create workshop");
        FxDialogService.openFrom(this, dialog);
        dialog.ask().ifPresent(model::createSession);
    }

    private void exportSelected() {
        withSelected(exports::exportSession);
    }

    private void withSelected(java.util.function.Consumer<WorkshopSession> action) {
        SessionOverview selected = model.selectedProperty().get();
        if (selected != null) {
            action.accept(selected.session());
        }
    }

    /** Retention: how old a workshop must be to go; the ViewModel says how many and asks before deleting. */
    private void askRetention() {
        ChoiceDialog<Integer> dialog = new ChoiceDialog<>(24, List.of(6, 12, 24, 36));
        dialog.setTitle("Delete old workshops");
        dialog.setHeaderText(null);
        dialog.setContentText("Delete workshops held more than this many months ago:");
        FxDialogService.openFrom(this, dialog);
        dialog.showAndWait().ifPresent(model::purgeOlderThan);
    }

    /** Puts the keyboard in the list, or on the first button of the welcome card on a first run. */
    public void focusFirst() {
        Platform.runLater(() -> (model.firstRunProperty().get() ? welcome.newWorkshop : list).requestFocus());
    }
}
