package org.threshold.ui.packs;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.threshold.domain.pack.Pack;
import org.threshold.ui.common.AppBar;
import org.threshold.ui.common.Appearance;
import org.threshold.ui.common.Icons;
import org.threshold.ui.common.ListActions;
import org.threshold.workshop.LibraryPack;
import org.threshold.workshop.PackLibrary.LoadedPack;

/** The pack library: the packs on the left, the chosen pack and its scenarios in the middle, the reader on the right. */
public final class PackLibraryView extends BorderPane {
    static final String CSS = PackLibraryView.class.getResource("packs.css").toExternalForm();
    private static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    private final PackLibraryViewModel model;
    private final Appearance appearance;
    private final ListView<LibraryPack> list = new ListView<>();
    private final PackSummary summary = new PackSummary();
    private final ScenarioReader reader = new ScenarioReader();
    private final ScrollPane readerScroll = new ScrollPane(reader);
    private final Button back = new Button("Workshops");
    private final Button importButton = new Button("Import\u2026", Icons.OPEN.icon());
    private final Button edit = new Button("Edit");
    private final Button duplicate = new Button("Duplicate", Icons.DUPLICATE.icon());
    private final Button export = new Button("Export\u2026");
    private final Button delete = new Button("Delete", Icons.DELETE.icon());
    private final Label problemsHeading = new Label();
    private final ListView<String> problems = new ListView<>();
    private final Button dismiss = new Button("Dismiss");
    private final VBox problemsCard = new VBox(8);
    private final Label status = new Label();

    public PackLibraryView(PackLibraryViewModel model, Appearance appearance) {
        this.model = model;
        this.appearance = appearance;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("pack-library");
        getStylesheets().add(CSS);
        AppBar bar = new AppBar("Scenario packs", appearance);
        back.setId("packs-back");
        back.setTooltip(new Tooltip("Back to the list of workshops (Esc)"));
        importButton.setId("packs-import");
        importButton.getStyleClass().add("accent");
        importButton.setTooltip(new Tooltip("Add a colleague's pack from a .json file (Ctrl+O)"));
        bar.addActions(back, importButton);
        setTop(bar);

        list.setId("packs-list");
        list.setCellFactory(view -> new PackCell());
        list.setPlaceholder(new Label("No packs."));
        VBox left = new VBox(10, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        left.setMinWidth(260);

        edit.setId("packs-edit");
        edit.setTooltip(new Tooltip("Change the scenarios, references and exercises (Enter)"));
        duplicate.setId("packs-duplicate");
        duplicate.setTooltip(new Tooltip("Make your own copy to customise (Ctrl+D)"));
        export.setId("packs-export");
        export.setTooltip(new Tooltip("Save the pack as a .json file to share with a colleague, or to repair one"
                + " that can no longer be read"));
        delete.setId("packs-delete");
        delete.setTooltip(new Tooltip("Remove an imported or customised pack (Delete)"));
        summary.actions().getChildren().setAll(edit, duplicate, export, delete);
        summary.scenarios().setId("packs-scenarios");
        ScrollPane middle = new ScrollPane(summary);
        middle.setFitToWidth(true);
        middle.setMinWidth(300);

        readerScroll.setId("packs-reader");
        readerScroll.setFitToWidth(true);
        reader.setPadding(new Insets(16));

        SplitPane split = new SplitPane(left, middle, readerScroll);
        split.setDividerPositions(0.22, 0.56);

        problemsHeading.setWrapText(true);
        problemsHeading.getStyleClass().add("strong");
        problems.setId("packs-import-problems");
        problems.setPrefHeight(160);
        problems.setMinHeight(80);
        dismiss.setId("packs-import-dismiss");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(problemsHeading, Priority.ALWAYS);
        problemsCard.getChildren().setAll(new HBox(8, problemsHeading, spacer, dismiss), problems);
        problemsCard.getStyleClass().addAll("card", "import-problems");
        VBox.setMargin(problemsCard, new Insets(16, 16, 0, 16));
        VBox center = new VBox(problemsCard, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        setCenter(center);

        status.setId("packs-status");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
    }

    private void initListeners() {
        list.setItems(model.packs());
        status.textProperty().bind(model.statusProperty());
        problems.setItems(model.importProblems());
        problemsHeading.textProperty().bind(model.importHeadingProperty());
        var noProblems = javafx.beans.binding.Bindings.isEmpty(model.importProblems());
        problemsCard.visibleProperty().bind(noProblems.not());
        problemsCard.managedProperty().bind(noProblems.not());
        getCenter().disableProperty().bind(model.busyProperty());

        model.selectedProperty().addListener((obs, old, pack) -> {
            if (list.getSelectionModel().getSelectedItem() != pack) {
                list.getSelectionModel().select(pack);
            }
            summary.show(pack, model.currencyProperty().get());
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, pack) -> {
            if (pack != null) {
                model.selectedProperty().set(pack);
            }
        });
        summary.scenarios().getSelectionModel().selectedItemProperty().addListener((obs, old, scenario) -> {
            if (scenario != null) {
                model.scenarioProperty().set(scenario);
            }
        });
        model.scenarioProperty().addListener((obs, old, scenario) -> {
            summary.scenarios().getSelectionModel().select(scenario);
            reader.show(readable(model.selectedProperty().get()), scenario);
            readerScroll.setVvalue(0);
        });
        var none = model.selectedProperty().isNull();
        edit.disableProperty().bind(model.readableProperty().not());
        duplicate.disableProperty().bind(model.readableProperty().not());
        export.disableProperty().bind(none);
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || model.selectedProperty().get().bundled(),
                model.selectedProperty()));

        back.setOnAction(e -> model.back());
        importButton.setOnAction(e -> model.importPack());
        edit.setOnAction(e -> model.editSelected());
        duplicate.setOnAction(e -> model.duplicateSelected());
        export.setOnAction(e -> model.exportSelected());
        delete.setOnAction(e -> model.deleteSelected());
        dismiss.setOnAction(e -> model.clearImportProblems());
        ListActions.bind(list, model::editSelected, model::deleteSelected);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        model.refresh();
        // A model already showing a pack does not announce it again: show what it has.
        list.getSelectionModel().select(model.selectedProperty().get());
        summary.show(model.selectedProperty().get(), model.currencyProperty().get());
        reader.show(readable(model.selectedProperty().get()), model.scenarioProperty().get());
    }

    private static Pack readable(LibraryPack entry) {
        return entry instanceof LoadedPack loaded ? loaded.pack() : null;
    }

    private void shortcuts(KeyEvent e) {
        if (IMPORT.match(e)) {
            model.importPack();
        } else if (new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN).match(e)) {
            model.duplicateSelected();
        } else if (e.getCode() == KeyCode.ESCAPE && !(e.getTarget() instanceof TextInputControl)) {
            model.back();
        } else {
            return;
        }
        e.consume();
    }

    /** Puts the keyboard in the list of packs. */
    public void focusFirst() {
        javafx.application.Platform.runLater(list::requestFocus);
    }
}
