package org.threshold.ui.export;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.report.ReportFormat;
import org.threshold.ui.common.Converters;

/** The part every export dialog shares: format, where to save, progress, the error, and what to do with the result. */
final class ExportJobPane extends VBox {
    static final String CSS = ExportJobPane.class.getResource("export.css").toExternalForm();

    private final ExportJob job;
    final ComboBox<ReportFormat> format = new ComboBox<>();
    private final Label destination = new Label();
    private final Label folderHint = new Label("CSV data is saved as a folder of files, with a data dictionary.");
    final Button choose = new Button("Choose\u2026");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label step = new Label();
    private final Label error = new Label();
    final Button open = new Button("Open the file");
    final Button showInFolder = new Button("Show in folder");
    private final HBox done = new HBox(8, open, showInFolder);

    ExportJobPane(ExportJob job) {
        this.job = job;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("export-job");
        setSpacing(10);
        format.setId("export-format");
        format.getItems().setAll(ReportFormat.values());
        format.setAccessibleText("Format");
        format.setConverter(Converters.of(f -> f.label()));
        folderHint.getStyleClass().add("muted");
        folderHint.setWrapText(true);
        folderHint.setMinHeight(USE_PREF_SIZE);
        destination.setId("export-destination");
        destination.getStyleClass().add("export-destination");
        destination.setWrapText(true);
        destination.setMinHeight(USE_PREF_SIZE);
        destination.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(destination, Priority.ALWAYS);
        choose.setId("export-choose");
        choose.setTooltip(new Tooltip("Choose the folder and the file name"));
        choose.setMinWidth(USE_PREF_SIZE);
        progress.setId("export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        step.setId("export-step");
        step.setWrapText(true);
        step.setMinHeight(USE_PREF_SIZE);
        step.getStyleClass().add("muted");
        error.setId("export-error");
        error.getStyleClass().add("export-error");
        error.setWrapText(true);
        error.setMinHeight(USE_PREF_SIZE);
        open.setId("export-open");
        open.getStyleClass().add("accent");
        showInFolder.setId("export-show-in-folder");
        getChildren().addAll(heading("Format"), format, folderHint, heading("Save to"),
                new HBox(8, destination, choose), progress, step, error, done);
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("export-heading");
        return label;
    }

    private void initListeners() {
        format.valueProperty().bindBidirectional(job.formatProperty());
        destination.textProperty().bind(Bindings.createStringBinding(() -> job.destinationProperty().get() == null
                ? "Not chosen yet: you will be asked when you export" : job.destinationProperty().get().toString(),
                job.destinationProperty()));
        visibleWhen(folderHint, Bindings.createBooleanBinding(() -> job.formatProperty().get() != null
                && job.formatProperty().get().isFolder(), job.formatProperty()));
        progress.progressProperty().bind(job.progressProperty());
        visibleWhen(progress, job.busyProperty().or(job.resultProperty().isNotNull()));
        step.textProperty().bind(job.stepProperty());
        visibleWhen(step, job.stepProperty().isNotEmpty());
        error.textProperty().bind(job.errorProperty());
        visibleWhen(error, job.errorProperty().isNotEmpty());
        visibleWhen(done, job.resultProperty().isNotNull());
        open.textProperty().bind(Bindings.createStringBinding(() -> job.formatProperty().get() != null
                && job.formatProperty().get().isFolder() ? "Open the folder" : "Open the file", job.formatProperty()));
        format.disableProperty().bind(job.busyProperty());
        choose.disableProperty().bind(job.busyProperty());
        choose.setOnAction(e -> job.chooseDestination());
        open.setOnAction(e -> job.openResult());
        showInFolder.setOnAction(e -> job.showInFolder());
        // The window grows with what it shows (progress, the result, an error): Close never slips out of view.
        javafx.beans.InvalidationListener fit = obs -> javafx.application.Platform.runLater(this::fitWindow);
        job.resultProperty().addListener(fit);
        job.errorProperty().addListener(fit);
        job.stepProperty().addListener(fit);
        job.destinationProperty().addListener(fit);
    }

    private void fitWindow() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().sizeToScene();
        }
    }

    static void visibleWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
