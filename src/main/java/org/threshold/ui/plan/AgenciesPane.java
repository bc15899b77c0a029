package org.threshold.ui.plan;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The agencies a pack knows, each ticked if coming, with its headcount and tables. */
final class AgenciesPane extends VBox {
    private final PlanViewModel model;
    private final GridPane grid = new GridPane();
    private boolean focusFirst;

    AgenciesPane(PlanViewModel model) {
        this.model = model;
        getStyleClass().add("card");
        Label title = new Label("Who is coming");
        title.getStyleClass().add("title-3");
        Label hint = new Label("Counts only: Threshold never stores participants' names.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        grid.getStyleClass().add("form-grid");
        Label small = new Label();
        small.setId("plan-small-groups");
        small.getStyleClass().add("field-error");
        small.setWrapText(true);
        small.setMinHeight(Label.USE_PREF_SIZE);
        // As wide as the card, never wider: a long warning wraps rather than squeezing the agenda beside it.
        small.setPrefWidth(0);
        small.setMaxWidth(Double.MAX_VALUE);
        small.textProperty().bind(model.smallGroupsProperty());
        small.visibleProperty().bind(small.textProperty().isNotEmpty());
        small.managedProperty().bind(small.visibleProperty());
        getChildren().addAll(title, hint, grid, small);
        model.agencies().addListener((ListChangeListener<AgencyRow>) change -> rebuild());
        rebuild();
    }

    /** The first tick box takes the keyboard once the agencies are read: planning starts with who is coming. */
    void focusFirst() {
        focusFirst = true;
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        Label people = new Label("People");
        people.getStyleClass().add("muted");
        Label tables = new Label("Tables");
        tables.getStyleClass().add("muted");
        grid.addRow(0, new Label(), people, tables);
        int row = 1;
        for (AgencyRow agency : model.agencies()) {
            CheckBox present = new CheckBox(agency.name());
            present.setId("agency-" + agency.code());
            present.setAccessibleHelp("Space ticks it; Tab goes on to its number of people and tables");
            present.selectedProperty().bindBidirectional(agency.presentProperty());
            Spinner<Integer> headcount = spinner(agency.headcountProperty().get(), 0, 60);
            headcount.setId("headcount-" + agency.code());
            headcount.setAccessibleText(agency.name() + " people");
            Spinner<Integer> tableCount = spinner(agency.tablesProperty().get(), 0, 10);
            tableCount.setAccessibleText(agency.name() + " tables");
            headcount.disableProperty().bind(present.selectedProperty().not());
            tableCount.disableProperty().bind(present.selectedProperty().not());
            present.selectedProperty().addListener((obs, old, on) -> {
                if (on && agency.headcountProperty().get() == 0) {
                    headcount.getValueFactory().setValue(1);
                }
                model.saveAgencies();
            });
            headcount.valueProperty().addListener((obs, old, value) -> {
                agency.headcountProperty().set(value);
                model.saveAgencies();
            });
            tableCount.valueProperty().addListener((obs, old, value) -> {
                agency.tablesProperty().set(value);
                model.saveAgencies();
            });
            grid.addRow(row++, present, headcount, tableCount);
            if (focusFirst) {
                focusFirst = false;
                javafx.application.Platform.runLater(present::requestFocus);
            }
        }
    }

    private static Spinner<Integer> spinner(int value, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }
}
