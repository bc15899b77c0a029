package org.threshold.ui.packs.editor;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.threshold.domain.pack.Pack;
import org.threshold.ui.common.AppBar;
import org.threshold.ui.common.Appearance;
import org.threshold.ui.common.Icons;

/** The pack editor: an outline of the pack on the left, the chosen part's form beside it, the live problems below. */
public final class PackEditorView extends BorderPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final String CSS = PackEditorView.class.getResource("/org/threshold/ui/packs/packs.css").toExternalForm();

    private final PackEditorViewModel model;
    private final Appearance appearance;
    private final ListView<OutlineItem> outline = new ListView<>();
    private final StackPane formHolder = new StackPane();
    private final ScrollPane formScroll = new ScrollPane(formHolder);
    private final Label readOnlyNote = new Label("This pack ships with Threshold, so it can be read here but not"
            + " changed. Choose Duplicate to customise it: the copy is yours to edit.");
    private final Label problemsHeading = new Label();
    private final ListView<String> problems = new ListView<>();
    private final Button back = new Button("Pack library");
    private final Button duplicate = new Button("Duplicate to customise", Icons.DUPLICATE.icon());
    private final Button save = new Button("Save");
    private final Button addScenario = new Button("Add scenario");
    private final Button addStage = new Button("Add stage");
    private final Button up = new Button("Up");
    private final Button down = new Button("Down");
    private final Button remove = new Button("Remove");
    private final Label status = new Label();

    public PackEditorView(PackEditorViewModel model, Appearance appearance) {
        this.model = model;
        this.appearance = appearance;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("pack-editor");
        getStylesheets().add(CSS);
        AppBar bar = new AppBar("Pack editor", appearance);
        back.setId("editor-back");
        back.setTooltip(new Tooltip("Back to the pack library (Esc)"));
        duplicate.setId("editor-duplicate");
        save.setId("editor-save");
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip("Save the pack (Ctrl+S); possible once the problems list is empty"));
        bar.addActions(back, duplicate, save);
        setTop(bar);

        outline.setId("editor-outline");
        outline.setCellFactory(view -> new OutlineCell(model));
        addScenario.setId("editor-add-scenario");
        addStage.setId("editor-add-stage");
        up.setTooltip(new Tooltip("Move the chosen scenario or stage up"));
        down.setTooltip(new Tooltip("Move the chosen scenario or stage down"));
        remove.setId("editor-remove");
        FlowPane outlineActions = new FlowPane(6, 6, addScenario, addStage, up, down, remove);
        VBox left = new VBox(8, outline, outlineActions);
        VBox.setVgrow(outline, Priority.ALWAYS);
        left.setPadding(new Insets(16, 8, 16, 16));
        left.setPrefWidth(340);
        left.setMinWidth(280);

        readOnlyNote.setId("editor-read-only");
        readOnlyNote.setWrapText(true);
        readOnlyNote.setMinHeight(Region.USE_PREF_SIZE);
        readOnlyNote.getStyleClass().add("read-only-note");
        formHolder.setPadding(new Insets(16));
        formHolder.getStyleClass().add("editor-form-holder");
        formScroll.setId("editor-form");
        formScroll.setFitToWidth(true);
        VBox.setVgrow(formScroll, Priority.ALWAYS);

        problemsHeading.setId("editor-problems-heading");
        problemsHeading.getStyleClass().add("strong");
        problems.setId("editor-problems");
        problems.setPrefHeight(96);
        problems.setMinHeight(60);
        problems.getStyleClass().add("editor-problems");
        problems.setPlaceholder(new Label("Nothing to fix."));
        VBox problemsBox = new VBox(4, problemsHeading, problems);
        problemsBox.setPadding(new Insets(8, 16, 12, 8));

        VBox right = new VBox(readOnlyNote, formScroll, problemsBox);
        VBox.setMargin(readOnlyNote, new Insets(16, 16, 0, 8));
        HBox.setHgrow(right, Priority.ALWAYS);
        setCenter(new HBox(left, right));

        status.setId("editor-status");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
    }

    private void initListeners() {
        outline.setItems(model.outline());
        problems.setItems(model.problems());
        status.textProperty().bind(model.statusProperty());
        problemsHeading.textProperty().bind(Bindings.createStringBinding(() -> model.problems().isEmpty()
                ? (model.readOnlyProperty().get() ? "No problems: every rule of the pack format is kept."
                        : "No problems: the pack can be saved (Ctrl+S).")
                : model.problems().size() + (model.problems().size() == 1 ? " problem" : " problems")
                        + " (place: what is wrong). Save is off until every one is fixed.", model.problems(),
                model.readOnlyProperty()));
        readOnlyNote.visibleProperty().bind(model.readOnlyProperty());
        readOnlyNote.managedProperty().bind(model.readOnlyProperty());
        duplicate.visibleProperty().bind(model.readOnlyProperty());
        duplicate.managedProperty().bind(model.readOnlyProperty());
        save.visibleProperty().bind(model.readOnlyProperty().not());
        save.managedProperty().bind(model.readOnlyProperty().not());
        save.disableProperty().bind(model.canSaveBinding().not());
        formHolder.disableProperty().bind(model.readOnlyProperty());
        var structural = Bindings.createBooleanBinding(() -> model.readOnlyProperty().get()
                || model.selectedProperty().get() == null || model.selectedProperty().get().scenario() < 0,
                model.readOnlyProperty(), model.selectedProperty());
        addScenario.disableProperty().bind(model.readOnlyProperty());
        addStage.disableProperty().bind(structural);
        up.disableProperty().bind(structural);
        down.disableProperty().bind(structural);
        remove.disableProperty().bind(structural);

        model.draftProperty().addListener((obs, old, pack) -> outline.refresh());
        model.selectedProperty().addListener((obs, old, item) -> {
            selectInOutline(item);
            showForm(item);
        });
        model.outline().addListener((ListChangeListener<OutlineItem>) change -> selectInOutline(model.selectedProperty().get()));
        outline.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && !item.equals(model.selectedProperty().get())) {
                model.selectedProperty().set(item);
            }
        });
        problems.setOnMouseClicked(e -> showProblem());
        problems.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showProblem();
                e.consume();
            }
        });
        back.setOnAction(e -> model.close());
        duplicate.setOnAction(e -> model.duplicate());
        save.setOnAction(e -> model.save());
        addScenario.setOnAction(e -> model.addScenario());
        addStage.setOnAction(e -> model.addStage());
        up.setOnAction(e -> model.moveSelected(-1));
        down.setOnAction(e -> model.moveSelected(1));
        remove.setOnAction(e -> model.removeSelected());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                model.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !(e.getTarget() instanceof TextInputControl)) {
                model.close();
                e.consume();
            }
        });
        model.load();
    }

    private void showProblem() {
        String line = problems.getSelectionModel().getSelectedItem();
        if (line != null) {
            model.showProblem(line);
        }
    }

    private void selectInOutline(OutlineItem item) {
        if (item != null && !item.equals(outline.getSelectionModel().getSelectedItem())) {
            outline.getSelectionModel().select(item);
            outline.scrollTo(Math.max(0, outline.getSelectionModel().getSelectedIndex() - 3));
        }
    }

    private void showForm(OutlineItem item) {
        Pack pack = model.draftProperty().get();
        if (pack == null || item == null) {
            formHolder.getChildren().clear();
            return;
        }
        Runnable rebuild = () -> showForm(model.selectedProperty().get());
        Node form;
        switch (item.kind()) {
            case SCENARIO:
                form = DetailsForms.scenario(model, pack, item.scenario());
                break;
            case STAGE:
                form = StageForm.build(model, pack, item.scenario(), item.stage(), rebuild);
                break;
            case REFERENCES:
                form = ListForms.references(model, pack, rebuild);
                break;
            case CONFIDENCE:
                form = ListForms.confidence(model, pack, rebuild);
                break;
            case MYTHS:
                form = ListForms.myths(model, pack, rebuild);
                break;
            default:
                form = DetailsForms.metadata(model, pack);
        }
        formHolder.getChildren().setAll(form);
        formScroll.setVvalue(0);
    }

    /** Puts the keyboard in the outline. */
    public void focusFirst() {
        Platform.runLater(outline::requestFocus);
    }
}
