package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.ui.common.Converters;
import org.threshold.ui.run.MeasuresViewModel;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;

/**
 * The confidence check, one agency at a time: for each statement, how many of the agency's
 * people gave each score from 1 to 5. Each box is saved as the keyboard leaves it.
 */
final class ConfidenceEntryPane extends VBox implements CountEntry {
    private final MeasuresViewModel model;
    private final RunState state;
    private final MeasurePhase phase;
    private final ComboBox<SessionAgency> agency = new ComboBox<>();
    private final ScrollPane holder = new ScrollPane();
    private final List<CountRow> rows = new ArrayList<>();
    private final ChangeListener<Measures> onSaved = (obs, old, now) -> rows.forEach(CountRow::refresh);

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
        agency.setAccessibleText("Agency whose counts are entered");
        agency.getItems().setAll(state.agencies());
        agency.setConverter(Converters.of(a -> a.name() + " (" + a.headcount() + ")"));
        Label hint = new Label("Type a count, Tab to the next score, Enter for the next statement. Only the room's "
                + "totals are shown, never an agency's.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        holder.setFitToWidth(true);
        holder.setFocusTraversable(false);
        Scrolling.followFocusWithin(holder);
        VBox.setVgrow(holder, Priority.ALWAYS);
        Label status = new Label();
        status.setId("confidence-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        Label agencyLabel = new Label("Agency");
        agencyLabel.setLabelFor(agency);
        HBox chooser = new HBox(8, agencyLabel, agency);
        chooser.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, chooser, hint, holder, status);
        if (!state.agencies().isEmpty()) {
            agency.setValue(state.agencies().get(0));
        }
        showAgency();
    }

    private void initListeners() {
        agency.valueProperty().addListener((obs, old, now) -> {
            CountRow.commitAll(rows);
            showAgency();
        });
        model.measuresProperty().addListener(new WeakChangeListener<>(onSaved));
    }

    @Override
    public List<CountRow> rows() {
        return rows;
    }

    private void showAgency() {
        rows.clear();
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
            head.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(head, score, 0);
        }
        Label totals = new Label("Total");
        totals.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(totals, 6, 0);
        for (int i = 0; i < items.size(); i++) {
            row(grid, i, items.get(i), chosen);
        }
        holder.setContent(grid);
    }

    private void row(GridPane grid, int index, ConfidenceItem item, SessionAgency chosen) {
        Label text = new Label((index + 1) + ". " + item.text());
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.setMinWidth(120);
        text.setPrefWidth(200);
        text.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.add(text, 0, 2 * index + 1);
        List<TextField> fields = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            TextField field = CountRow.cell("confidence-" + item.id() + "-" + score,
                    chosen.name() + ", statement " + (index + 1) + ", score " + score, 1);
            fields.add(field);
            grid.add(field, score, 2 * index + 1);
        }
        Label total = new Label();
        total.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(total, 6, 2 * index + 1);
        CountRow row = new CountRow(fields, () -> Arrays.stream(model.measuresProperty().get()
                .confidence(phase, item.id(), chosen.code())).boxed().toList(),
                sum -> model.tooMany(chosen.code(), sum), typed -> model.recordConfidence(item.id(), chosen.code(), typed));
        rows.add(row);
        grid.add(row.problem(), 1, 2 * index + 2, 6, 1);
        Runnable count = () -> total.setText(fields.stream().mapToInt(f -> f.getText().isEmpty() ? 0
                : Integer.parseInt(f.getText())).sum() + " of " + chosen.headcount());
        count.run();
        for (TextField field : fields) {
            field.textProperty().addListener((obs, old, now) -> count.run());
            // Enter saves the statement and goes on to the next one's first score.
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    row.commit();
                    if (index + 1 < rows.size()) {
                        rows.get(index + 1).cells().get(0).requestFocus();
                    }
                }
            });
        }
    }
}
