package org.threshold.ui.packs.editor;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/** One line of the editor's outline: long titles wrap within the outline rather than being cut short. */
final class OutlineCell extends ListCell<OutlineItem> {
    private final PackEditorViewModel model;
    private final Label label = new Label();

    OutlineCell(PackEditorViewModel model) {
        this.model = model;
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(OutlineItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("outline-stage", "outline-scenario");
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        label.setText(model.label(item));
        setAccessibleText(label.getText());
        if (item.kind() == OutlineItem.Kind.STAGE) {
            getStyleClass().add("outline-stage");
        } else if (item.kind() == OutlineItem.Kind.SCENARIO) {
            getStyleClass().add("outline-scenario");
        }
        setGraphic(label);
    }

    /** The list asks for a height without a width; wrapped text needs the width it will really have. */
    @Override
    protected double computePrefHeight(double width) {
        if (getListView() != null && getGraphic() != null) {
            double inner = getListView().getWidth() - snappedLeftInset() - snappedRightInset() - 20;
            return snappedTopInset() + label.prefHeight(inner) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }
}
