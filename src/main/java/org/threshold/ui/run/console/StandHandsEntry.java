package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;

/**
 * Show-of-hands counts for "Where we stand": a row of count boxes per line (an agency on the
 * journey, a statement for one agency), with a running "7 of 5" total that says so at once when
 * more hands are counted than people came. A row is saved when the keyboard leaves it or on Enter.
 */
final class StandHandsEntry extends GridPane {
    /**
     * One row: what it is, how many people it may count, what the store holds now, and where a
     * change goes. Compared with the store, not with what was last sent: a save the store refused
     * (too many hands, a full disk) is sent again the next time the keyboard leaves the row.
     */
    record Line(String label, int people, Supplier<int[]> saved, Consumer<int[]> save) {
    }

    private final List<Supplier<Optional<String>>> rows = new ArrayList<>();
    private TextField first;

    StandHandsEntry(String idPrefix, List<String> columns, List<String> columnHelp, List<Line> lines) {
        getStyleClass().addAll("form-grid", "stand-hands");
        getStylesheets().add(StandDigitGrid.CSS);
        StandDigitGrid.addColumnHeads(this, columns, columnHelp);
        Label total = new Label("Total");
        total.setMinWidth(Label.USE_PREF_SIZE);
        add(total, columns.size() + 1, 0);
        for (int r = 0; r < lines.size(); r++) {
            row(idPrefix + "-" + r, 2 * r + 1, columns, columnHelp, lines.get(r));
        }
    }

    /** The line's words across the whole width, its count boxes on the row below: long statements stay readable. */
    private void row(String id, int row, List<String> columns, List<String> help, Line line) {
        Label name = new Label(line.label());
        name.setWrapText(true);
        name.setMinHeight(Label.USE_PREF_SIZE);
        name.setPrefWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        add(name, 0, row, columns.size() + 2, 1);
        row++;
        List<TextField> fields = new ArrayList<>();
        int[] initial = line.saved().get();
        for (int c = 0; c < columns.size(); c++) {
            int saved = initial[c];
            TextField field = new TextField(saved == 0 ? "" : Integer.toString(saved));
            field.setId(id + "-" + c);
            field.getStyleClass().add("stand-count");
            field.setAccessibleText(line.label() + ", " + help.get(c));
            field.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,3}")
                    ? change : null));
            fields.add(field);
            if (first == null) {
                first = field;
            }
            add(field, c + 1, row);
        }
        Label total = new Label();
        total.setMinWidth(Label.USE_PREF_SIZE);
        total.setWrapText(true);
        add(total, columns.size() + 1, row);
        Function<List<TextField>, int[]> counts = list -> list.stream()
                .mapToInt(f -> f.getText().isEmpty() ? 0 : Integer.parseInt(f.getText())).toArray();
        Runnable count = () -> {
            int sum = Arrays.stream(counts.apply(fields)).sum();
            boolean over = line.people() > 0 && sum > line.people();
            total.setText(sum + " of " + line.people() + (over ? ": more than came" : ""));
            total.getStyleClass().setAll("label", over ? "field-error" : "muted");
        };
        count.run();
        Runnable save = () -> {
            int[] now = counts.apply(fields);
            if (!Arrays.equals(now, line.saved().get())) {
                line.save().accept(now);
            }
        };
        rows.add(() -> {
            int sum = Arrays.stream(counts.apply(fields)).sum();
            if (line.people() > 0 && sum > line.people()) {
                return Optional.of(line.label() + ": " + sum + " hands from " + line.people() + " people cannot be right. "
                        + "Correct the row: it is not saved.");
            }
            save.run();
            return Optional.empty();
        });
        for (TextField field : fields) {
            field.textProperty().addListener((obs, old, text) -> count.run());
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && fields.stream().noneMatch(TextField::isFocused)) {
                    save.run();
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    save.run();
                }
            });
        }
    }

    /** The first count box, where the keyboard goes as the step opens. */
    TextField first() {
        return first;
    }

    /** Saves every row that changed; the first row that cannot be saved, and why. */
    Optional<String> commit() {
        Optional<String> refused = Optional.empty();
        for (Supplier<Optional<String>> row : rows) {
            Optional<String> reason = row.get();
            if (refused.isEmpty()) {
                refused = reason;
            }
        }
        return refused;
    }
}
