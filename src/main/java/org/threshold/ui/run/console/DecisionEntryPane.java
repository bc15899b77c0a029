package org.threshold.ui.run.console;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.pack.Stage;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.run.RunState;

/**
 * Entering each agency's decision at a stage: a show of hands, or each table's decision with its
 * reasons. Ctrl+T switches between the two; whatever is typed is saved to this stage first.
 */
final class DecisionEntryPane extends VBox implements Entry {
    private final RunViewModel model;
    private final RunState at;
    private final Stage stage;
    private final ToggleGroup mode = new ToggleGroup();
    private final ToggleButton hands = new ToggleButton("Show of hands");
    private final ToggleButton tables = new ToggleButton("Table decisions");
    private final ScrollPane holder = new ScrollPane();
    private Entry entry;

    DecisionEntryPane(RunViewModel model, RunState at, Stage stage) {
        this.model = model;
        this.at = at;
        this.stage = stage;
        getStyleClass().add("decision-entry");
        setSpacing(8);
        Label title = new Label("Decisions: " + stage.decision().question());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        // The entry grid below grows; the question keeps every line it needs.
        title.setMinHeight(Label.USE_PREF_SIZE);
        hands.setId("entry-hands");
        tables.setId("entry-tables");
        for (ToggleButton button : new ToggleButton[] {hands, tables}) {
            button.setToggleGroup(mode);
            button.setTooltip(new Tooltip("Show of hands or table decisions (Ctrl+T)"));
        }
        boolean tableMode = model.answers().stream().anyMatch(r -> r.key().equals(at.key())
                && r.source() == ResponseSource.TABLE_DECISION);
        mode.selectToggle(tableMode ? tables : hands);
        Label hidden = new Label();
        hidden.setId("entry-revealed");
        hidden.getStyleClass().add("muted");
        hidden.setWrapText(true);
        hidden.setMinHeight(Label.USE_PREF_SIZE);
        // Follows R and Shift+R: the pane is not rebuilt when only the reveal changes.
        hidden.textProperty().bind(model.stateProperty().map(s -> s.revealed().contains(at.key())
                ? "Results are on the audience display (Shift+R hides them)."
                : "Results stay hidden from the room until you press R."));
        holder.setFitToWidth(true);
        holder.setFocusTraversable(false);
        Scrolling.followFocusWithin(holder);
        VBox.setVgrow(holder, Priority.ALWAYS);
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                mode.selectToggle(old);
            } else {
                show();
            }
        });
        show();
        if (at.agencies().isEmpty()) {
            holder.setContent(new Label("No agencies are listed for this workshop. Add them in its plan."));
            entry = null;
        }
        getChildren().addAll(title, new HBox(0, hands, tables), hidden, holder);
    }

    /** Ctrl+T: the other way of counting, after saving what is typed in this one. */
    Optional<String> switchMode() {
        Optional<String> refused = commit();
        if (refused.isEmpty()) {
            mode.selectToggle(mode.getSelectedToggle() == hands ? tables : hands);
            focusFirst();
        }
        return refused;
    }

    @Override
    public Optional<String> commit() {
        return entry == null ? Optional.empty() : entry.commit();
    }

    @Override
    public void focusFirst() {
        if (entry != null) {
            entry.focusFirst();
        }
    }

    private void show() {
        if (entry != null) {
            entry.commit();
        }
        if (mode.getSelectedToggle() == tables) {
            TableEntry table = new TableEntry(model, at, stage.decision());
            entry = table;
            holder.setContent(table);
        } else {
            HandsEntry counts = new HandsEntry(model, at, stage.decision());
            entry = counts;
            holder.setContent(counts);
        }
    }
}
