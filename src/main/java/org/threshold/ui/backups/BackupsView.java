package org.threshold.ui.backups;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.ui.common.AppBar;
import org.threshold.ui.common.Appearance;
import org.threshold.ui.common.Icons;
import org.threshold.workshop.backup.BackupSummary;

/** The backups kept on this computer, with "Back up now", "Restore..." and "Open the data folder". */
public final class BackupsView extends BorderPane {
    private final BackupsViewModel model;
    private final Appearance appearance;
    private final Button back = new Button("Workshops");
    private final Button backUp = new Button("Back up now");
    private final Button restore = new Button("Restore\u2026");
    private final Button openFolder = new Button("Open the data folder", Icons.OPEN.icon());
    private final ListView<BackupSummary> list = new ListView<>();
    private final Label status = new Label();

    public BackupsView(BackupsViewModel model, Appearance appearance) {
        this.model = model;
        this.appearance = appearance;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("backups");
        AppBar bar = new AppBar("Backups", appearance);
        back.setId("backups-back");
        back.setTooltip(new Tooltip("Back to the list of workshops (Esc)"));
        backUp.setId("backups-now");
        backUp.getStyleClass().add("accent");
        backUp.setTooltip(new Tooltip("Take a checked backup of everything now"));
        bar.addActions(back, backUp);
        setTop(bar);

        Label heading = new Label("Backups on this computer");
        heading.getStyleClass().add("title-3");
        Label explain = new Label("Threshold backs up every ten minutes while there are changes, and whenever a "
                + "workshop closes. Each backup is checked before it is kept; the newest 20 are kept.");
        explain.setWrapText(true);
        Label folder = new Label(model.folderText());
        folder.setId("backups-folder");
        folder.setWrapText(true);
        folder.getStyleClass().add("muted");
        list.setId("backups-list");
        list.setCellFactory(view -> new BackupCell(model));
        list.setPlaceholder(new Label("No backups yet."));
        VBox.setVgrow(list, Priority.ALWAYS);
        restore.setId("backups-restore");
        restore.setTooltip(new Tooltip("Back up the data as it is now, then use the chosen backup instead"));
        openFolder.setId("backups-open-folder");
        openFolder.setTooltip(new Tooltip("Show the backups folder in the file manager"));
        HBox actions = new HBox(8, restore, openFolder);
        VBox center = new VBox(10, heading, explain, folder, list, actions);
        center.setPadding(new Insets(16));
        center.setMaxWidth(900);
        setCenter(center);

        status.setId("backups-status");
        status.setWrapText(true);
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
    }

    private void initListeners() {
        list.setItems(model.backups());
        status.textProperty().bind(model.statusProperty());
        getCenter().disableProperty().bind(model.busyProperty());
        backUp.disableProperty().bind(model.busyProperty());
        restore.disableProperty().bind(model.selectedProperty().isNull());
        model.selectedProperty().addListener((obs, old, selected) -> {
            if (list.getSelectionModel().getSelectedItem() != selected) {
                list.getSelectionModel().select(selected);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.selectedProperty().set(item);
            }
        });
        back.setOnAction(e -> model.back());
        backUp.setOnAction(e -> model.backUpNow());
        restore.setOnAction(e -> model.restoreSelected());
        openFolder.setOnAction(e -> model.openFolder());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.back();
                e.consume();
            }
        });
        model.refresh();
    }

    public void focusFirst() {
        Platform.runLater(list::requestFocus);
    }
}
