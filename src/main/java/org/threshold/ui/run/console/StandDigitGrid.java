package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/**
 * Table decisions by keyboard, one character a cell: a row per agency, a column per question.
 * Type an allowed key and it is saved and the caret moves on, as in the trust grid; arrows move,
 * Backspace clears, Esc leaves the grid so the room keys work again.
 */
final class StandDigitGrid extends GridPane {
    /** What a cell's key means: its value, or null when the key means nothing here. */
    interface Keys {
        Integer value(char typed);

        String shown(int value);
    }

    /** Told of each change: the row, the column, and the value (null when cleared). */
    interface Saver {
        void save(int row, int column, Integer value);
    }

    private record Cell(int row, int column, TextField field) {
    }

    static final String CSS = StandDigitGrid.class.getResource("stand-console.css").toExternalForm();

    private final List<Cell> cells = new ArrayList<>();
    private final Keys keys;
    private final Saver saver;

    /**
     * @param saved the value already held for a row and column, or null
     */
    StandDigitGrid(List<String> rows, List<String> columns, List<String> columnHelp, Keys keys,
                   BiFunction<Integer, Integer, Integer> saved, Saver saver) {
        this(rows, columns, columnHelp, keys, saved, saver, null);
    }

    /**
     * @param echo for a grid of one column, the words for a cell's value, written beside it so the
     *             facilitator sees what was typed ("5 Sharing in practice"); null for none
     */
    StandDigitGrid(List<String> rows, List<String> columns, List<String> columnHelp, Keys keys,
                   BiFunction<Integer, Integer, Integer> saved, Saver saver, IntFunction<String> echo) {
        this.keys = keys;
        this.saver = saver;
        getStyleClass().addAll("form-grid", "stand-grid");
        getStylesheets().add(CSS);
        addColumnHeads(this, columns, columnHelp);
        for (int r = 0; r < rows.size(); r++) {
            Label name = new Label(rows.get(r));
            name.setMinWidth(Label.USE_PREF_SIZE);
            add(name, 0, r + 1);
            for (int c = 0; c < columns.size(); c++) {
                Integer value = saved.apply(r, c);
                TextField field = new TextField(value == null ? "" : keys.shown(value));
                field.setId("stand-cell-" + r + "-" + c);
                field.getStyleClass().add("stand-cell");
                field.setAccessibleText(rows.get(r) + ", " + columnHelp.get(c));
                field.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().length() <= 1
                        ? change : null));
                Cell cell = new Cell(r, c, field);
                cells.add(cell);
                add(field, c + 1, r + 1);
                if (echo != null && columns.size() == 1) {
                    Label words = new Label(value == null ? "" : echo.apply(value));
                    words.getStyleClass().add("muted");
                    words.setMinWidth(Label.USE_PREF_SIZE);
                    add(words, 2, r + 1);
                    field.textProperty().addListener((obs, old, text) -> {
                        Integer typed = text.isEmpty() ? null : keys.value(text.charAt(0));
                        words.setText(typed == null ? "" : echo.apply(typed));
                    });
                }
                field.addEventFilter(KeyEvent.KEY_TYPED, e -> typed(cell, e));
                field.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(cell, e));
                field.focusedProperty().addListener((obs, was, focused) -> {
                    if (focused) {
                        field.selectAll();
                    }
                });
            }
        }
    }

    /** The first empty cell, where typing should start; the first cell when all are filled. */
    TextField firstToFill() {
        return cells.stream().map(Cell::field).filter(f -> f.getText().isEmpty()).findFirst()
                .orElse(cells.isEmpty() ? null : cells.get(0).field());
    }

    private void typed(Cell cell, KeyEvent e) {
        String typed = e.getCharacter();
        e.consume();
        if (typed.length() != 1) {
            return;
        }
        Integer value = keys.value(typed.charAt(0));
        if (value != null) {
            cell.field().setText(keys.shown(value));
            saver.save(cell.row(), cell.column(), value);
            move(cell, 1);
        }
    }

    private void pressed(Cell cell, KeyEvent e) {
        switch (e.getCode()) {
            case BACK_SPACE, DELETE -> {
                cell.field().clear();
                saver.save(cell.row(), cell.column(), null);
            }
            case LEFT -> move(cell, -1);
            case RIGHT, ENTER -> move(cell, 1);
            case UP -> vertical(cell, -1);
            case DOWN -> vertical(cell, 1);
            case ESCAPE -> requestFocus();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** On to the next cell, or out of the grid after the last so R and PageDown work again. */
    private void move(Cell from, int step) {
        int index = cells.indexOf(from) + step;
        if (index >= cells.size()) {
            requestFocus();
        } else if (index >= 0) {
            cells.get(index).field().requestFocus();
        }
    }

    private void vertical(Cell from, int direction) {
        cells.stream().filter(c -> c.row() == from.row() + direction && c.column() == from.column()).findFirst()
                .ifPresent(c -> c.field().requestFocus());
    }

    /** The heads along the top row, one a column from the second, each with its help on hover. */
    static void addColumnHeads(GridPane grid, List<String> columns, List<String> columnHelp) {
        for (int c = 0; c < columns.size(); c++) {
            Label head = new Label(columns.get(c));
            head.getStyleClass().add("muted");
            head.setMinWidth(Label.USE_PREF_SIZE);
            head.setTooltip(new Tooltip(columnHelp.get(c)));
            GridPane.setHalignment(head, HPos.CENTER);
            grid.add(head, c + 1, 0);
        }
    }
}
