package org.threshold.ui.details;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.threshold.domain.SessionDetails;

/** A workshop's details: title, date, venue, facilitators, partnership, length and the anonymity threshold. */
public final class SessionDetailsDialog extends Dialog<SessionDetails> {
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private final SessionDetailsViewModel model;
    private final ButtonType save;

    /** For a new workshop, {@code saveLabel} is "Create workshop"; for an existing one, "Save details". */
    public SessionDetailsDialog(SessionDetailsViewModel model, String title, String saveLabel) {
        this.model = model;
        this.save = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        setTitle(title);
        createView();
        initListeners();
    }

    private void createView() {
        TextField title = new TextField();
        title.setId("new-session-title");
        title.setPromptText("e.g. Northfield partnership: sharing information well");
        title.textProperty().bindBidirectional(model.titleProperty());
        DatePicker date = new DatePicker();
        // Dates as written in the UK (14/10/2026), whatever the laptop's own locale.
        date.setConverter(new LocalDateStringConverter(UK_DATE, UK_DATE));
        date.setId("new-session-date");
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextField venue = new TextField();
        venue.setId("new-session-venue");
        venue.textProperty().bindBidirectional(model.venueProperty());
        TextField facilitators = new TextField();
        facilitators.setId("new-session-facilitators");
        facilitators.setPromptText("Names or team; never participants");
        facilitators.textProperty().bindBidirectional(model.facilitatorsProperty());
        TextField partnership = new TextField();
        partnership.setId("new-session-partnership");
        partnership.setPromptText("e.g. Northfield Safeguarding Partnership");
        partnership.setTooltip(new javafx.scene.control.Tooltip(
                "Workshops for the same partnership are compared over time, and the next one reviews this one's actions"));
        partnership.textProperty().bindBidirectional(model.partnershipProperty());
        Spinner<Integer> minutes = new Spinner<>(30, 600, model.plannedMinutesProperty().get(), 15);
        minutes.setEditable(true);
        minutes.valueProperty().addListener((obs, old, value) -> model.plannedMinutesProperty().set(value));
        Spinner<Integer> threshold = new Spinner<>(1, 20, model.anonymityThresholdProperty().get());
        threshold.setEditable(true);
        threshold.valueProperty().addListener((obs, old, value) -> model.anonymityThresholdProperty().set(value));

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, label("Title", title), title);
        form.addRow(1, label("Date", date), date);
        form.addRow(2, label("Venue", venue), venue);
        form.addRow(3, label("Facilitators", facilitators), facilitators);
        form.addRow(4, label("Partnership", partnership), partnership);
        form.addRow(5, label("Length in minutes", minutes), minutes);
        form.addRow(6, label("Smallest group shown on its own", threshold), threshold);
        title.setPrefColumnCount(32);

        Label problem = new Label();
        problem.setId("new-session-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label privacy = new Label("Threshold stores no participant names: agencies are counted, never named people.");
        privacy.getStyleClass().add("muted");
        privacy.setWrapText(true);

        getDialogPane().setContent(new VBox(12, form, problem, privacy));
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Platform.runLater(title::requestFocus);
    }

    private void initListeners() {
        getDialogPane().lookupButton(save).disableProperty().bind(model.problemProperty().isNotEmpty());
        setResultConverter(button -> button == save ? model.details().orElse(null) : null);
    }

    public Optional<SessionDetails> ask() {
        return showAndWait();
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        // The fields give way first: a label cut short would leave the facilitator guessing.
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
