package org.threshold.ui.run.console;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.pack.Stage;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.run.RunState;

/** Entering each agency's decision at a stage: a show of hands, or each table's decision with its reasons. */
final class DecisionEntryPane extends VBox {
    DecisionEntryPane(RunViewModel model, RunState state, Stage stage, List<Response> itemAnswers) {
        getStyleClass().add("decision-entry");
        setSpacing(8);
        List<Response> saved = itemAnswers.stream().filter(r -> r.key().equals(state.key())).toList();
        Label title = new Label("Decisions: " + stage.decision().question());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        // The entry grid below grows; the question keeps every line it needs.
        title.setMinHeight(Label.USE_PREF_SIZE);
        ToggleGroup mode = new ToggleGroup();
        ToggleButton hands = new ToggleButton("Show of hands");
        hands.setId("entry-hands");
        ToggleButton tables = new ToggleButton("Table decisions");
        tables.setId("entry-tables");
        hands.setToggleGroup(mode);
        tables.setToggleGroup(mode);
        boolean tableMode = saved.stream().anyMatch(r -> r.source() == ResponseSource.TABLE_DECISION);
        mode.selectToggle(tableMode ? tables : hands);
        Label hidden = new Label(state.isRevealed() ? "Results are on the audience display."
                : "Results stay hidden from the room until you press R.");
        hidden.getStyleClass().add("muted");
        ScrollPane holder = new ScrollPane();
        holder.setFitToWidth(true);
        VBox.setVgrow(holder, Priority.ALWAYS);
        Runnable show = () -> holder.setContent(mode.getSelectedToggle() == tables
                ? new TableEntry(model, state.pack(), state.agencies(), stage.decision(), saved)
                : new HandsEntry(model, state.key(), state.agencies(), stage.decision(), saved));
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                mode.selectToggle(old);
            } else {
                show.run();
            }
        });
        show.run();
        if (state.agencies().isEmpty()) {
            holder.setContent(new Label("No agencies are listed for this workshop. Add them in its plan."));
        }
        getChildren().addAll(title, new HBox(0, hands, tables), hidden, holder);
    }
}
