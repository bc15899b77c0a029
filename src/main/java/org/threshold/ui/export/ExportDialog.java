package org.threshold.ui.export;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.threshold.workshop.Dates;

/** Export a workshop's summary: the dialog stays open while it runs, then offers to open what it wrote. */
public final class ExportDialog extends Dialog<Void> {
    static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CLOSE = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final ExportViewModel model;
    private final ExportJobPane job;
    private final CheckBox notes = new CheckBox("Include free-text notes (barriers, parking lot, facilitator notes)");
    private final CheckBox complete = new CheckBox("Every reason and note in this one file (long for a big workshop)");

    public ExportDialog(ExportViewModel model) {
        this.model = model;
        this.job = new ExportJobPane(model.job());
        createView();
        initListeners();
    }

    private void createView() {
        setTitle("Export summary");
        getDialogPane().getStylesheets().add(ExportJobPane.CSS);
        getDialogPane().getStyleClass().add("export-dialog");
        getDialogPane().getButtonTypes().setAll(EXPORT, CLOSE);
        Label title = new Label(model.session().title());
        title.getStyleClass().add("export-title");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        Label when = new Label(Dates.spoken(model.session().date()));
        when.getStyleClass().add("muted");
        notes.setId("export-notes");
        notes.setWrapText(true);
        notes.setMinHeight(Label.USE_PREF_SIZE);
        Label notesHint = new Label("Notes are typed in the room and may name people; leave them out for a wider audience.");
        notesHint.getStyleClass().add("muted");
        notesHint.setWrapText(true);
        // The window is sized to what it shows; a wrapped line keeps every line it needs.
        notesHint.setMinHeight(Label.USE_PREF_SIZE);
        complete.setId("export-complete");
        complete.setWrapText(true);
        complete.setMinHeight(Label.USE_PREF_SIZE);
        Label completeHint = new Label("Otherwise the summary quotes a few reasons at each point and an appendix file "
                + "beside it holds every reason and note.");
        completeHint.getStyleClass().add("muted");
        completeHint.setWrapText(true);
        completeHint.setMinHeight(Label.USE_PREF_SIZE);
        VBox content = new VBox(10, title, when, ExportJobPane.heading("What to include"), notes, notesHint, complete,
                completeHint, job);
        content.getStyleClass().add("export-content");
        getDialogPane().setContent(content);
    }

    private void initListeners() {
        notes.selectedProperty().bindBidirectional(model.includeNotesProperty());
        notes.disableProperty().bind(model.job().busyProperty());
        complete.selectedProperty().bindBidirectional(model.completeProperty());
        complete.disableProperty().bind(model.job().busyProperty());
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("export-run");
        export.disableProperty().bind(model.job().busyProperty());
        // Export runs in place: the dialog stays open to show progress and the result.
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.export();
        });
        getDialogPane().lookupButton(CLOSE).disableProperty().bind(model.job().busyProperty());
    }
}
