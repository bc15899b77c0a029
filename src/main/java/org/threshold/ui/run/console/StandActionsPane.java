package org.threshold.ui.run.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.ui.common.Converters;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.StandViewModel;
import org.threshold.workshop.privacy.PersonalDataCheck;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.stand.StandAnalysis;
import org.threshold.workshop.stand.StandResults;
import org.threshold.workshop.stand.StatementResult;

/**
 * Actions from the weakest statements: for each, what will be done, which agency owns it and by
 * when. Saved as the day's action notes, linked to the statement, so the close, the summary and
 * the next workshop's review all see them. Enter in the action box saves it.
 */
final class StandActionsPane extends VBox {
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private final TextField text = new TextField();

    StandActionsPane(RunViewModel run, RunState state) {
        StandViewModel model = run.stand();
        WhereWeStand section = state.pack().whereWeStand();
        setSpacing(8);
        getStyleClass().add("stand-actions-entry");
        StandResults results = new StandAnalysis(section, state.agencies(), state.session().anonymityThreshold())
                .analyse(model.withPhones());
        List<ReadinessStatement> ordered = new ArrayList<>();
        StringBuilder weakest = new StringBuilder();
        for (StatementResult weak : results.weakest()) {
            section.statement(weak.statementId()).ifPresent(ordered::add);
            int number = section.statements().stream().map(ReadinessStatement::id).toList().indexOf(weak.statementId()) + 1;
            weakest.append("\u25BC Statement ").append(number).append(String.format(Locale.UK, " (%.1f): ", weak.mean()))
                    .append(weak.text()).append('\n');
        }
        section.statements().stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        Label weak = label(weakest.length() == 0 ? "No ratings yet: choose any statement."
                : "Weakest, as the room rated them:\n" + weakest.toString().strip());

        ComboBox<ReadinessStatement> statement = new ComboBox<>();
        statement.setId("stand-action-statement");
        statement.getItems().setAll(ordered);
        // The box names the statement by its number; its words wrap below it rather than being cut short.
        statement.setConverter(Converters.of(s -> "Statement " + (section.statements().indexOf(s) + 1)));
        statement.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReadinessStatement item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (section.statements().indexOf(item) + 1) + ". " + item.text());
                setWrapText(true);
                setPrefWidth(420);
            }
        });
        Label chosen = label("");
        chosen.setId("stand-action-statement-text");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> statement.getValue() == null ? ""
                : statement.getValue().text(), statement.valueProperty()));
        statement.setValue(ordered.isEmpty() ? null : ordered.get(0));
        statement.setMaxWidth(Double.MAX_VALUE);
        statement.setAccessibleText("The statement this action answers");
        text.setId("stand-action-text");
        text.setPromptText("What will be done (Enter saves)");
        ComboBox<SessionAgency> owner = new ComboBox<>();
        owner.setId("stand-action-owner");
        owner.getItems().setAll(state.agencies());
        owner.setConverter(Converters.of(SessionAgency::name));
        owner.setPromptText("Owner agency");
        DatePicker due = new DatePicker();
        due.setId("stand-action-due");
        due.setConverter(new LocalDateStringConverter(UK_DATE, UK_DATE));
        due.setPromptText("dd/mm/yyyy");
        due.setAccessibleText("Due date");
        Button add = new Button("Add action");
        add.setId("stand-action-add");
        Label privacy = label("");
        privacy.getStyleClass().setAll("label", "field-error");
        privacy.textProperty().bind(Bindings.createStringBinding(() -> PersonalDataCheck.warning(text.getText()),
                text.textProperty()));
        privacy.visibleProperty().bind(privacy.textProperty().isNotEmpty());
        privacy.managedProperty().bind(privacy.visibleProperty());
        Runnable save = () -> {
            String typed = text.getText();
            LocalDate when = due.getValue();
            model.addAction(statement.getValue() == null ? "" : statement.getValue().id(), typed,
                    owner.getValue() == null ? "" : owner.getValue().code(), when, () -> {
                        if (text.getText().equals(typed)) {
                            text.clear();
                            text.requestFocus();
                        }
                    });
        };
        text.setOnAction(e -> save.run());
        add.setOnAction(e -> save.run());
        // The date is the form's last box: Enter there saves, as in the action box (Space would move the room on).
        due.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                try {
                    due.setValue(due.getConverter().fromString(due.getEditor().getText()));
                    save.run();
                } catch (DateTimeParseException notADate) {
                    model.say("Write the date as day/month/year, for example 31/01/2027.");
                }
                e.consume();
            }
        });
        add.disableProperty().bind(text.textProperty().isEmpty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, name("Action", text), text);
        form.addRow(1, name("For", statement), statement);
        form.add(chosen, 1, 2);
        form.addRow(3, name("Owner", owner), owner);
        form.addRow(4, name("Due by", due), due);
        form.add(add, 1, 5);
        GridPane.setHgrow(statement, Priority.ALWAYS);
        GridPane.setHgrow(text, Priority.ALWAYS);
        Label status = label("");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(weak, form, privacy, status);
        // The action box takes the keyboard when the step opens: type, Tab through owner and date, Enter.
        text.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                text.requestFocus();
            }
        });
    }

    private static Label name(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** The action box, where the keyboard goes as the step opens. */
    TextField actionBox() {
        return text;
    }

    /** An action typed and not yet added holds back a key that would move the room on. */
    Optional<String> unsaved() {
        return text.getText().isBlank() ? Optional.empty()
                : Optional.of("The action you are typing is not saved yet: Enter adds it, or clear the box first.");
    }
}
