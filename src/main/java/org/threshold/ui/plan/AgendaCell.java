package org.threshold.ui.plan;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgendaItem;

/** An agenda line: position and title, what kind of item it is, and its planned minutes. */
final class AgendaCell extends ListCell<AgendaItem> {
    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label minutes = new Label();
    private final HBox box;

    AgendaCell() {
        title.getStyleClass().add("strong");
        kind.getStyleClass().add("muted");
        minutes.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box = new HBox(8, new VBox(2, title, kind), spacer, minutes);
    }

    @Override
    protected void updateItem(AgendaItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        title.setText((getIndex() + 1) + ". " + item.title());
        kind.setText(item.kind().label());
        minutes.setText(item.plannedMinutes() + " min");
        setGraphic(box);
    }
}
