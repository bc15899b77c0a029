package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.ui.run.MeasuresViewModel;
import org.threshold.workshop.run.RunState;

/**
 * The confidence check, one agency at a time: for each statement, how many of the agency's
 * people gave each score from 1 to 5. A row is saved when the keyboard leaves it or on Enter.
 */
final class ConfidenceEntryPane extends VBox {
    private final MeasuresViewModel model;
    private final RunState state;
    private final MeasurePhase phase;
    private final ComboBox<SessionAgency> agency = new ComboBox<>();
    private final ScrollPane holder = new ScrollPane();

    ConfidenceEntryPane(MeasuresViewModel model, RunState state) {
        this.model = model;
        this.state = state;
        this.phase = model.phase();
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("confidence-entry");
        setSpacing(8);
        Label title = new Label("Confidence, " + phase.label().toLowerCase() + ": how many gave each score");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        agency.setId("confidence-agency");
        agency.getItems().setAll(state.agencies());
        agency.setConverter(new StringConverter<>() {
            @Override
            public String toString(SessionAgency a) {
                return a == null ? "" : a.name() + " (" + a.headcount() + ")";
            }

            @Override
            public SessionAgency fromString(String s) {
                return null;
            }
        });
        Label hint = new Label("Type a count, Tab to the next score, Enter for the next statement. Only the room's "
                + "totals are shown, never an agency's.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        holder.setFitToWidth(true);
        VBox.setVgrow(holder, Priority.ALWAYS);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        HBox chooser = new HBox(8, new Label("Agency"), agency);
        chooser.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, chooser, hint, holder, status);
        if (!state.agencies().isEmpty()) {
            agency.setValue(state.agencies().get(0));
        }
        showAgency();
    }

    private void initListeners() {
        agency.valueProperty().addListener((obs, old, now) -> showAgency());
    }

    private void showAgency() {
        SessionAgency chosen = agency.getValue();
        if (chosen == null) {
            holder.setContent(new Label("No agencies are listed for this workshop. Add them in its plan."));
            return;
        }
        List<ConfidenceItem> items = state.pack().exercises().confidenceItems();
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form-grid", "confidence-grid");
        for (int score = 1; score <= 5; score++) {
            Label head = new Label(Integer.toString(score));
            head.getStyleClass().add("muted");
            grid.add(head, score, 0);
        }
        Label totals = new Label("Total");
        totals.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(totals, 6, 0);
        List<List<TextField>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(row(grid, i, items.get(i), chosen, rows));
        }
        holder.setContent(grid);
    }

    private List<TextField> row(GridPane grid, int index, ConfidenceItem item, SessionAgency chosen,
                                List<List<TextField>> rows) {
        Label text = new Label((index + 1) + ". " + item.text());
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.setPrefWidth(200);
        text.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.add(text, 0, index + 1);
        int[] saved = model.measuresProperty().get().confidence(phase, item.id(), chosen.code());
        List<TextField> fields = new ArrayList<>();
        Label total = new Label();
        for (int score = 1; score <= 5; score++) {
            TextField field = new TextField(saved[score - 1] == 0 ? "" : Integer.toString(saved[score - 1]));
            field.setId("confidence-" + item.id() + "-" + score);
            field.setPrefColumnCount(1);
            Scrolling.followFocus(holder, field);
            field.setAccessibleText(chosen.name() + ", statement " + (index + 1) + ", score " + score);
            field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
            fields.add(field);
            grid.add(field, score, index + 1);
        }
        total.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(total, 6, index + 1);
        Runnable save = () -> model.recordConfidence(item.id(), chosen.code(), counts(fields));
        Runnable count = () -> {
            int sum = counts(fields).stream().mapToInt(Integer::intValue).sum();
            total.setText(sum + " of " + chosen.headcount());
        };
        count.run();
        for (TextField field : fields) {
            field.textProperty().addListener((obs, old, now) -> count.run());
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && fields.stream().noneMatch(TextField::isFocused)) {
                    save.run();
                }
            });
            // Enter saves the statement and goes on to the next one's first score.
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    save.run();
                    if (index + 1 < rows.size()) {
                        rows.get(index + 1).get(0).requestFocus();
                    }
                }
            });
        }
        return fields;
    }

    private static List<Integer> counts(List<TextField> fields) {
        return fields.stream().map(f -> f.getText().isEmpty() ? 0 : Integer.parseInt(f.getText())).toList();
    }
}
