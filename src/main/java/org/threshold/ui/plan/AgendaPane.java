package org.threshold.ui.plan;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.pack.Scenario;
import org.threshold.ui.common.FxDialogService;

/** The agenda: add scenarios and exercises, reorder with Alt+Up/Down, set minutes, watch the running total. */
final class AgendaPane extends VBox {
    private final PlanViewModel model;
    private final ListView<AgendaItem> list = new ListView<>();
    private final MenuButton addScenario = new MenuButton("Add scenario");
    private final MenuButton addItem = new MenuButton("Add item");
    private final Spinner<Integer> minutes = new Spinner<>(0, 240, 0, 5);
    private final Label total = new Label();
    private int pendingSelection;

    AgendaPane(PlanViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("card");
        Label title = new Label("Agenda");
        title.getStyleClass().add("title-3");
        list.setId("plan-agenda");
        list.setCellFactory(view -> new AgendaCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        addScenario.setId("plan-add-scenario");
        addItem.setId("plan-add-item");
        for (AgendaItemKind kind : AgendaItemKind.values()) {
            if (kind != AgendaItemKind.SCENARIO) {
                MenuItem item = new MenuItem(kind.label());
                item.setOnAction(e -> {
                    if (kind == AgendaItemKind.OPEN_QUESTION) {
                        askOpenQuestion();
                    } else {
                        model.addItem(kind, insertionPoint());
                    }
                });
                if (kind == AgendaItemKind.WHERE_WE_STAND) {
                    // Offered only when the workshop's pack has the journey and the statements to ask.
                    item.disableProperty().bind(Bindings.createBooleanBinding(() -> model.packProperty().get() == null
                            || !model.packProperty().get().whereWeStand().offered(), model.packProperty()));
                }
                addItem.getItems().add(item);
            }
        }
        Button up = new Button("Up");
        up.setTooltip(new Tooltip("Move up (Alt+Up)"));
        up.setOnAction(e -> moveSelected(-1));
        Button down = new Button("Down");
        down.setTooltip(new Tooltip("Move down (Alt+Down)"));
        down.setOnAction(e -> moveSelected(1));
        Button remove = new Button("Remove");
        remove.setTooltip(new Tooltip("Remove from the agenda (Delete)"));
        remove.setOnAction(e -> removeSelected());
        MenuButton agendaMenu = new MenuButton("Agenda");
        agendaMenu.setId("plan-agenda-menu");
        MenuItem defaults = new MenuItem("Use the default agenda");
        defaults.setOnAction(e -> model.useDefaultAgenda());
        MenuItem saveTemplate = new MenuItem("Save as template\u2026");
        saveTemplate.setOnAction(e -> askTemplateName());
        agendaMenu.getItems().addAll(defaults, saveTemplate);
        model.templateNames().addListener((ListChangeListener<String>) c -> {
            agendaMenu.getItems().setAll(defaults, saveTemplate);
            for (String name : model.templateNames()) {
                MenuItem use = new MenuItem("Use template: " + name);
                use.setOnAction(a -> model.useTemplate(name));
                agendaMenu.getItems().add(use);
            }
        });
        minutes.setEditable(true);
        minutes.setPrefWidth(100);
        minutes.setAccessibleText("Planned minutes of the selected item");
        Label minutesLabel = new Label("Minutes");
        minutesLabel.setLabelFor(minutes);
        total.setId("plan-total");
        total.setWrapText(true);
        up.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        down.disableProperty().bind(up.disableProperty());
        remove.disableProperty().bind(up.disableProperty());
        minutes.disableProperty().bind(up.disableProperty());
        getChildren().addAll(title, new HBox(8, addScenario, addItem, agendaMenu), list,
                new HBox(8, up, down, remove, minutesLabel, minutes), total);
    }

    private void initListeners() {
        list.setItems(model.agenda());
        model.packProperty().addListener((obs, old, pack) -> {
            addScenario.getItems().clear();
            for (Scenario scenario : model.scenarios()) {
                MenuItem item = new MenuItem(scenario.title());
                item.setOnAction(e -> model.addScenario(scenario, insertionPoint()));
                addScenario.getItems().add(item);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                minutes.getValueFactory().setValue(item.plannedMinutes());
            }
        });
        minutes.valueProperty().addListener((obs, old, value) -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (value != null && index >= 0) {
                model.setMinutes(index, value);
            }
        });
        total.textProperty().bind(Bindings.createStringBinding(this::totalText, model.totalMinutesBinding(),
                model.sessionProperty()));
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                moveSelected(-1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                moveSelected(1);
            } else if (e.getCode() == KeyCode.DELETE) {
                removeSelected();
            } else {
                return;
            }
            e.consume();
        });
        // Keep the facilitator's place in the list when the saved agenda comes back.
        model.agenda().addListener((ListChangeListener<AgendaItem>) c -> list.getSelectionModel()
                .select(Math.min(Math.max(pendingSelection, 0), model.agenda().size() - 1)));
    }

    private void moveSelected(int offset) {
        int index = list.getSelectionModel().getSelectedIndex();
        pendingSelection = index + offset;
        model.move(index, offset);
    }

    private void askTemplateName() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Save as template");
        dialog.setHeaderText(null);
        dialog.setContentText("Template name");
        FxDialogService.openFrom(this, dialog);
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(model::saveAsTemplate);
    }

    /** An open question is answered on phones; its title is the question the room sees. */
    private void askOpenQuestion() {
        TextInputDialog dialog = new TextInputDialog(PlanViewModel.OPEN_QUESTION_EXAMPLE);
        dialog.setTitle("Add an open question");
        dialog.setHeaderText(null);
        dialog.setContentText("The question, as the room will see it");
        FxDialogService.openFrom(this, dialog);
        dialog.showAndWait().filter(question -> !question.isBlank())
                .ifPresent(question -> model.addOpenQuestion(question, insertionPoint()));
    }

    private void removeSelected() {
        int index = list.getSelectionModel().getSelectedIndex();
        pendingSelection = index;
        model.remove(index);
    }

    private int insertionPoint() {
        int index = list.getSelectionModel().getSelectedIndex();
        pendingSelection = index < 0 ? model.agenda().size() : index + 1;
        return pendingSelection;
    }

    private String totalText() {
        int planned = model.sessionProperty().get() == null ? 0 : model.sessionProperty().get().plannedMinutes();
        int sum = model.totalMinutesBinding().get();
        String line = "Total " + sum + " of " + planned + " minutes";
        return sum > planned ? line + ": " + (sum - planned) + " minutes over the session length." : line + ".";
    }
}
