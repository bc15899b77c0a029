package org.threshold.ui.run.console;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/**
 * A row of count boxes (an agency's hands, a statement's scores), saved each time the keyboard
 * leaves one of its boxes. A box whose number is not yet on disk is marked unsaved, and a row the
 * headcount rule refuses is marked and says why beside it, until it is corrected.
 */
final class CountRow {
    static final String STYLE = "count-cell";
    private static final PseudoClass UNSAVED = PseudoClass.getPseudoClass("unsaved");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final List<TextField> cells;
    private final Supplier<List<Integer>> stored;
    private final Function<Integer, Optional<String>> rule;
    private final Consumer<List<Integer>> save;
    private final Label problem = new Label();
    private String refusal;

    /**
     * @param stored what the store holds for the row, one number per box
     * @param rule   why a row adding up to this many answers cannot be right, or empty
     * @param save   writes the row; called only when it differs from what is stored and the rule allows it
     */
    CountRow(List<TextField> cells, Supplier<List<Integer>> stored, Function<Integer, Optional<String>> rule,
             Consumer<List<Integer>> save) {
        this.cells = List.copyOf(cells);
        this.stored = stored;
        this.rule = rule;
        this.save = save;
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        problem.setVisible(false);
        problem.setManaged(false);
        List<Integer> saved = stored.get();
        for (int i = 0; i < this.cells.size(); i++) {
            TextField cell = this.cells.get(i);
            cell.setText(text(saved.get(i)));
            cell.textProperty().addListener((obs, old, now) -> {
                if (refusal != null) {
                    refusal = rule.apply(total(typed())).orElse(null);
                }
                mark();
            });
            cell.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    commit();
                }
            });
        }
        mark();
    }

    /** A box for a count up to 999; its accessible text names what it counts and says the number typed. */
    static TextField cell(String id, String counts, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add(STYLE);
        field.setPrefColumnCount(columns);
        field.setAccessibleRole(AccessibleRole.TEXT_FIELD);
        field.setAccessibleHelp("Type a number; Tab moves on and saves. PageDown moves the room on.");
        field.accessibleTextProperty().bind(field.textProperty().map(t -> counts + ": " + (t.isEmpty() ? "none" : t)));
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        return field;
    }

    /** Where the row says why it was refused; goes beneath it. */
    Label problem() {
        return problem;
    }

    List<TextField> cells() {
        return cells;
    }

    /** Saves the row if it differs from the store; the reason when the rule refuses it, so the room does not move on. */
    Optional<String> commit() {
        List<Integer> typed = typed();
        Optional<String> refused = rule.apply(total(typed));
        refusal = refused.orElse(null);
        if (refused.isEmpty() && !typed.equals(stored.get())) {
            save.accept(typed);
        }
        mark();
        return refused;
    }

    /** Commits every row; the first refusal, if any. */
    static Optional<String> commitAll(List<CountRow> rows) {
        Optional<String> refused = Optional.empty();
        for (CountRow row : rows) {
            Optional<String> problem = row.commit();
            if (refused.isEmpty()) {
                refused = problem;
            }
        }
        return refused;
    }

    /** After a save landed: boxes not being typed in show what the store holds; a refused row keeps what was typed. */
    void refresh() {
        if (refusal == null) {
            List<Integer> saved = stored.get();
            for (int i = 0; i < cells.size(); i++) {
                TextField cell = cells.get(i);
                if (!cell.isFocused() && !value(cell).equals(saved.get(i))) {
                    cell.setText(text(saved.get(i)));
                }
            }
        }
        mark();
    }

    private void mark() {
        List<Integer> saved = stored.get();
        for (int i = 0; i < cells.size(); i++) {
            cells.get(i).pseudoClassStateChanged(UNSAVED, !value(cells.get(i)).equals(saved.get(i)));
            cells.get(i).pseudoClassStateChanged(REFUSED, refusal != null);
        }
        problem.setText(refusal == null ? "" : refusal);
        problem.setVisible(refusal != null);
        problem.setManaged(refusal != null);
    }

    private static int total(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    private List<Integer> typed() {
        return cells.stream().map(CountRow::value).toList();
    }

    private static Integer value(TextField cell) {
        return cell.getText().isEmpty() ? 0 : Integer.parseInt(cell.getText());
    }

    private static String text(int count) {
        return count == 0 ? "" : Integer.toString(count);
    }
}
