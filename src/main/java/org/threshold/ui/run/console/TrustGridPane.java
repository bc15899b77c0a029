package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.ui.run.MeasuresViewModel;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;

/**
 * The trust grid by keyboard: a row per rating agency, a column per agency rated. Type a digit
 * 1-5 and it is saved and the caret moves on, so eight agencies (56 cells) take about a minute;
 * 0 or ? records "don't know / no contact", shown as ?, which is no score. Arrows move, Backspace
 * clears, Enter writes what would raise the score, Esc leaves the grid. The keyboard stays in the
 * grid after the last cell: letters typed here are never room keys.
 */
final class TrustGridPane extends VBox implements Entry {
    private static final String DONT_KNOW = "?";
    private final MeasuresViewModel model;
    private final RunState state;
    private final ObservableValue<RunState> room;
    private final MeasurePhase phase;
    private final List<Cell> cells = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final Label progress = new Label();
    private final ScrollPane holder = new ScrollPane();
    private final TrustComment comment;
    private final ChangeListener<Measures> onSaved = (obs, old, now) -> sync(now);
    private final ChangeListener<Boolean> onSaving = (obs, was, saving) -> sync(null);
    private final ChangeListener<RunState> onReveal = (obs, was, now) -> sync(null);
    private Cell current;

    private record Cell(SessionAgency from, SessionAgency to, int row, int column, TextField field) {
    }

    /** @param room the running state, so the progress line follows R and Shift+R */
    TrustGridPane(MeasuresViewModel model, ObservableValue<RunState> room, RunState state) {
        this.model = model;
        this.room = room;
        this.state = state;
        this.phase = model.phase();
        this.comment = new TrustComment(model, phase, () -> current == null ? null : current.field(), () -> move(current, 1));
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("trust-entry");
        setSpacing(8);
        Label title = new Label("Trust grid, " + phase.label().toLowerCase() + ": the row trusts the column, 1 to 5");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        Label keys = new Label("Type 1-5 and the caret moves on; 0 or ? for don't know / no contact (shown as "
                + DONT_KNOW + ", never counted as a score); arrows move, Backspace clears, Enter adds a comment. Esc "
                + "leaves the grid; then R shows the room.");
        keys.getStyleClass().add("muted");
        keys.setWrapText(true);
        keys.setMinHeight(Label.USE_PREF_SIZE);
        grid.getStyleClass().addAll("form-grid", "trust-grid");
        grid.setAccessibleText("Trust grid: each row's agency rates how far it trusts each column's agency, 1 to 5");
        List<SessionAgency> agencies = state.agencies();
        for (int c = 0; c < agencies.size(); c++) {
            Label head = new Label(shortName(agencies.get(c).name()));
            head.setRotate(-90);
            head.getStyleClass().add("muted");
            Group rotated = new Group(head);
            GridPane.setHalignment(rotated, HPos.CENTER);
            GridPane.setValignment(rotated, VPos.BOTTOM);
            grid.add(rotated, c + 1, 0);
        }
        Measures saved = model.measuresProperty().get();
        for (int r = 0; r < agencies.size(); r++) {
            SessionAgency from = agencies.get(r);
            Label name = new Label(from.name() + " (" + from.headcount() + ")");
            name.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(name, 0, r + 1);
            for (int c = 0; c < agencies.size(); c++) {
                if (r == c) {
                    Label self = new Label("\u2014");
                    self.getStyleClass().add("muted");
                    GridPane.setHalignment(self, HPos.CENTER);
                    grid.add(self, c + 1, r + 1);
                    continue;
                }
                Cell cell = new Cell(from, agencies.get(c), r, c, field(from, agencies.get(c)));
                cell.field().setText(saved.trust(phase, from.code(), cell.to().code()).map(TrustGridPane::shown).orElse(""));
                cells.add(cell);
                grid.add(cell.field(), c + 1, r + 1);
            }
        }
        holder.setContent(grid);
        holder.setFitToWidth(true);
        holder.setFocusTraversable(false);
        // The whole grid, heads and all, while it fits: scrolling is only for the largest rooms.
        holder.minViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(grid.getLayoutBounds().getHeight(), 14 * progress.getFont().getSize()),
                grid.layoutBoundsProperty()));
        Scrolling.followFocusWithin(holder);
        VBox.setVgrow(holder, Priority.ALWAYS);
        progress.setId("trust-progress");
        progress.getStyleClass().add("strong");
        progress.setWrapText(true);
        progress.setMinHeight(Label.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("trust-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(title, keys, holder, progress, status, comment);
        int threshold = state.session().anonymityThreshold();
        List<String> small = agencies.stream().filter(a -> a.headcount() < threshold).map(SessionAgency::name).toList();
        if (!small.isEmpty()) {
            Label note = new Label(String.join(", ", small) + (small.size() == 1 ? " has" : " have") + " fewer than "
                    + threshold + " people: the room sees those ratings combined with other small agencies, or not at all.");
            note.getStyleClass().add("muted");
            note.setWrapText(true);
            note.setMinHeight(Label.USE_PREF_SIZE);
            getChildren().add(note);
        }
        if (agencies.size() < 2) {
            getChildren().setAll(title, new Label("The trust grid needs at least two agencies. Add them in the plan."));
        }
        updateProgress(saved);
    }

    private TextField field(SessionAgency from, SessionAgency to) {
        TextField field = new TextField();
        field.setId("trust-" + from.code() + "-" + to.code());
        field.getStyleClass().add("trust-cell");
        field.setPrefColumnCount(1);
        field.setAccessibleRole(AccessibleRole.TEXT_FIELD);
        field.accessibleTextProperty().bind(field.textProperty().map(t -> from.name() + " trusts " + to.name() + ": "
                + (t.isEmpty() ? "not rated" : DONT_KNOW.equals(t) ? "don't know" : t + " of 5")));
        field.setAccessibleHelp("Type 1 to 5, or 0 for don't know, and the next cell takes the keyboard; "
                + "Enter adds a comment; Esc leaves the grid.");
        field.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("[1-5?]?") ? change : null));
        return field;
    }

    private void initListeners() {
        for (Cell cell : cells) {
            TextField field = cell.field();
            field.addEventFilter(KeyEvent.KEY_TYPED, e -> typed(cell, e));
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(cell, e));
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    select(cell);
                }
            });
        }
        model.measuresProperty().addListener(new WeakChangeListener<>(onSaved));
        model.savingProperty().addListener(new WeakChangeListener<>(onSaving));
        room.addListener(new WeakChangeListener<>(onReveal));
    }

    @Override
    public Optional<String> commit() {
        comment.save();
        return Optional.empty();
    }

    /** The first empty cell takes the keyboard; once the grid is full, the first cell. */
    @Override
    public void focusFirst() {
        cells.stream().filter(c -> c.field().getText().isEmpty()).findFirst()
                .or(() -> cells.stream().findFirst()).ifPresent(c -> Focus.request(c.field()));
    }

    private void typed(Cell cell, KeyEvent e) {
        String typed = e.getCharacter();
        e.consume();
        if (typed.length() == 1 && typed.charAt(0) >= '1' && typed.charAt(0) <= '5') {
            cell.field().setText(typed);
            model.rateTrust(cell.from().code(), cell.to().code(), typed.charAt(0) - '0');
            move(cell, 1);
        } else if (typed.equals("0") || typed.equals(DONT_KNOW)) {
            cell.field().setText(DONT_KNOW);
            model.rateTrust(cell.from().code(), cell.to().code(), TrustRating.DONT_KNOW);
            move(cell, 1);
        }
    }

    private void pressed(Cell cell, KeyEvent e) {
        switch (e.getCode()) {
            case BACK_SPACE, DELETE -> {
                cell.field().clear();
                model.rateTrust(cell.from().code(), cell.to().code(), null);
            }
            case LEFT -> move(cell, -1);
            case RIGHT -> move(cell, 1);
            case UP -> vertical(cell, -1);
            case DOWN -> vertical(cell, 1);
            case ENTER -> comment.open();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** On to the next cell; after the last one the keyboard stays there, and the progress line says what next. */
    private void move(Cell from, int step) {
        int index = cells.indexOf(from) + step;
        if (index >= 0 && index < cells.size()) {
            cells.get(index).field().requestFocus();
        } else if (from.field().isFocused()) {
            from.field().selectAll();
        } else {
            from.field().requestFocus();
        }
    }

    private void vertical(Cell from, int direction) {
        for (int row = from.row() + direction; row >= 0 && row < state.agencies().size(); row += direction) {
            for (Cell cell : cells) {
                if (cell.row() == row && cell.column() == from.column()) {
                    cell.field().requestFocus();
                    return;
                }
            }
        }
    }

    private void select(Cell cell) {
        current = cell;
        cell.field().selectAll();
        comment.follow(cell.from(), cell.to());
    }

    /** Shows what the store holds once every save has landed; a cell being typed in is left alone. */
    private void sync(Measures changed) {
        Measures saved = changed == null ? model.measuresProperty().get() : changed;
        updateProgress(saved);
        if (model.savingProperty().get()) {
            return;
        }
        for (Cell cell : cells) {
            String text = saved.trust(phase, cell.from().code(), cell.to().code()).map(TrustGridPane::shown).orElse("");
            if (!cell.field().isFocused() && !cell.field().getText().equals(text)) {
                cell.field().setText(text);
            }
        }
    }

    /** A score as its digit; "don't know / no contact" as its key, the same mark the exports use. */
    private static String shown(TrustRating rating) {
        return rating.saysDontKnow() ? DONT_KNOW : Integer.toString(rating.score());
    }

    /** Column heads stand on their side, so they are kept short: "Health / NHS" is "Health". */
    static String shortName(String name) {
        String head = name.split(" / | \\(")[0].strip();
        return head.length() <= 12 ? head : head.split(" ")[0];
    }

    private void updateProgress(Measures saved) {
        long done = cells.stream().filter(c -> saved.trust(phase, c.from().code(), c.to().code()).isPresent()).count();
        boolean all = done == cells.size() && !cells.isEmpty();
        boolean shown = room.getValue() != null && room.getValue().revealed().contains(state.key());
        progress.setText(done + " of " + cells.size() + " saved" + (shown ? ": the room sees the results"
                : all ? ": press Esc to leave the grid, then R to show the room" : ""));
    }
}
