package org.threshold.ui.export;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.threshold.workshop.Dates;

/** Tick the workshops to compare, choose a format, save the comparison report. */
public final class CompareDialog extends Dialog<Void> {
    private final CompareViewModel model;
    private final ExportJobPane job;
    private final VBox rows = new VBox(8);
    private final ScrollPane list = new ScrollPane(rows);
    private final Label count = new Label();

    public CompareDialog(CompareViewModel model) {
        this.model = model;
        this.job = new ExportJobPane(model.job());
        createView();
        initListeners();
    }

    private void createView() {
        setTitle("Compare workshops");
        getDialogPane().getStylesheets().add(ExportJobPane.CSS);
        getDialogPane().getStyleClass().add("export-dialog");
        getDialogPane().getButtonTypes().setAll(ExportDialog.EXPORT, ExportDialog.CLOSE);
        list.setId("compare-sessions");
        list.getStyleClass().add("compare-sessions");
        list.setFitToWidth(true);
        list.setPrefHeight(170);
        rows.getStyleClass().add("compare-rows");
        count.setId("compare-count");
        count.getStyleClass().add("muted");
        count.setWrapText(true);
        VBox content = new VBox(10, ExportJobPane.heading("Workshops to compare"), list, count, job);
        content.getStyleClass().add("export-content");
        getDialogPane().setContent(content);
    }

    private void initListeners() {
        model.choices().forEach(choice -> rows.getChildren().add(choiceBox(choice)));
        count.textProperty().bind(Bindings.createStringBinding(() -> model.chosenCountProperty().get()
                + " ticked: choose two or more. Trust and thresholds are compared where the workshops share them.",
                model.chosenCountProperty()));
        Button export = (Button) getDialogPane().lookupButton(ExportDialog.EXPORT);
        export.setId("compare-run");
        export.disableProperty().bind(model.job().busyProperty().or(model.enoughChosen().not()));
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.export();
        });
        list.disableProperty().bind(model.job().busyProperty());
        getDialogPane().lookupButton(ExportDialog.CLOSE).disableProperty().bind(model.job().busyProperty());
    }

    private static CheckBox choiceBox(CompareViewModel.Choice choice) {
        var session = choice.overview().session();
        CheckBox box = new CheckBox(session.title() + "\n" + Dates.spoken(session.date())
                + (session.venue().isBlank() ? "" : ", " + session.venue()));
        box.setWrapText(true);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(choice.chosenProperty());
        return box;
    }
}
