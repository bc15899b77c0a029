package org.threshold.ui.export;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.threshold.workshop.Dates;

/** Tick the workshops to compare, choose a format, save the comparison report. */
public final class CompareDialog extends Dialog<Void> {
    private final CompareViewModel model;
    private final ExportJobPane job;
    private final ListView<CompareViewModel.Choice> list = new ListView<>();
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
        list.setCellFactory(view -> new ChoiceCell());
        list.setPrefHeight(170);
        count.setId("compare-count");
        count.getStyleClass().add("muted");
        VBox content = new VBox(10, ExportJobPane.heading("Workshops to compare"), list, count, job);
        content.getStyleClass().add("export-content");
        getDialogPane().setContent(content);
    }

    private void initListeners() {
        list.setItems(model.choices());
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

    private static final class ChoiceCell extends ListCell<CompareViewModel.Choice> {
        private final CheckBox box = new CheckBox();
        private CompareViewModel.Choice bound;

        @Override
        protected void updateItem(CompareViewModel.Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.chosenProperty());
                bound = null;
            }
            if (empty || choice == null) {
                setGraphic(null);
                return;
            }
            var session = choice.overview().session();
            box.setText(session.title() + ", " + Dates.spoken(session.date())
                    + (session.venue().isBlank() ? "" : ", " + session.venue()));
            box.selectedProperty().bindBidirectional(choice.chosenProperty());
            bound = choice;
            setGraphic(box);
        }
    }
}
