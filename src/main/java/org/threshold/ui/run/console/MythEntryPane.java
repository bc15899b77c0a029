package org.threshold.ui.run.console;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.MythItem;
import org.threshold.ui.run.MeasuresViewModel;
import org.threshold.workshop.run.RunState;

/**
 * The room's answer to one myth-or-fact statement: for each agency, how many said myth and how
 * many said fact. Type, Tab on; a row is saved when the keyboard leaves it or on Enter.
 */
final class MythEntryPane extends VBox {
    MythEntryPane(MeasuresViewModel model, RunState state, MythItem myth) {
        getStyleClass().add("myth-entry");
        setSpacing(8);
        Label title = new Label("The room's answers, " + model.phase().label().toLowerCase(Locale.UK)
                + " the day's work: myth or fact?");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        Label hidden = new Label(state.isRevealed() ? "The answer and the room's votes are on the audience display."
                : "The answer stays hidden from the room until you press R.");
        hidden.getStyleClass().add("muted");
        hidden.setWrapText(true);
        hidden.setMinHeight(Label.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form-grid", "myth-grid");
        grid.addRow(0, new Label(""), muted("Said myth"), muted("Said fact"));
        List<SessionAgency> agencies = state.agencies();
        for (int i = 0; i < agencies.size(); i++) {
            SessionAgency agency = agencies.get(i);
            MythAnswer saved = model.measuresProperty().get().myth(model.phase(), myth.id(), agency.code())
                    .orElse(new MythAnswer(model.phase(), myth.id(), agency.code(), 0, 0));
            Label name = new Label(agency.name() + " (" + agency.headcount() + ")");
            name.setMinWidth(Label.USE_PREF_SIZE);
            TextField saidMyth = count("myth-" + agency.code() + "-myth", agency.name() + " said myth", saved.saidMyth());
            TextField saidFact = count("myth-" + agency.code() + "-fact", agency.name() + " said fact", saved.saidFact());
            Runnable save = () -> model.recordMyth(myth.id(), agency.code(), value(saidMyth), value(saidFact));
            for (TextField field : List.of(saidMyth, saidFact)) {
                field.focusedProperty().addListener((obs, was, focused) -> {
                    if (!focused && !saidMyth.isFocused() && !saidFact.isFocused()) {
                        save.run();
                    }
                });
                field.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        save.run();
                    }
                });
            }
            grid.addRow(i + 1, name, saidMyth, saidFact);
        }
        ScrollPane holder = new ScrollPane(grid);
        holder.setFitToWidth(true);
        VBox.setVgrow(holder, Priority.ALWAYS);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        getChildren().addAll(title, hidden, holder, status);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static TextField count(String id, String accessible, int value) {
        TextField field = new TextField(value == 0 ? "" : Integer.toString(value));
        field.setId(id);
        field.setPrefColumnCount(3);
        field.setAccessibleText(accessible);
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        return field;
    }

    private static int value(TextField field) {
        return field.getText().isEmpty() ? 0 : Integer.parseInt(field.getText());
    }
}
