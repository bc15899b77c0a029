package org.threshold.ui.backups;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.threshold.workshop.backup.BackupSummary;

/** A backup in the list: when it was taken, then what it holds. */
final class BackupCell extends ListCell<BackupSummary> {
    private final BackupsViewModel model;
    private final Label when = new Label();
    private final Label contents = new Label();
    private final VBox box = new VBox(2, when, contents);

    BackupCell(BackupsViewModel model) {
        this.model = model;
        when.getStyleClass().add("strong");
        contents.getStyleClass().add("muted");
        getStyleClass().add("backup-cell");
    }

    @Override
    protected void updateItem(BackupSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        when.setText(model.when(item));
        contents.setText(model.contents(item));
        setAccessibleText(when.getText() + ": " + contents.getText());
        setGraphic(box);
    }
}
