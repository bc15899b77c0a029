package org.threshold.ui.run.console;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.threshold.domain.BasisChoices;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackAgency;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.TableDecision;

/**
 * Table decisions: for each agency, the option, with whom, the answer to each legal question
 * (lawful basis, special category condition, duty of confidence, gateway), confidence 1-5 and a
 * short rationale.
 */
final class TableEntry extends VBox {
    TableEntry(RunViewModel model, Pack pack, List<SessionAgency> agencies, Decision decision, List<Response> saved) {
        getStyleClass().add("table-entry");
        setSpacing(10);
        for (SessionAgency agency : agencies) {
            Optional<Response> previous = saved.stream().filter(r -> r.agencyCode().equals(agency.code())
                    && r.source() == ResponseSource.TABLE_DECISION).findFirst();
            getChildren().add(row(model, pack, agency, decision, previous));
        }
    }

    private static GridPane row(RunViewModel model, Pack pack, SessionAgency agency, Decision decision,
                                Optional<Response> previous) {
        ComboBox<DecisionOption> option = new ComboBox<>();
        option.getItems().setAll(decision.options());
        option.setConverter(converter(o -> HandsEntry.letter(decision.options().indexOf(o)) + " " + o.label()));
        option.setId("table-" + agency.code() + "-option");
        option.setAccessibleText(agency.name() + " decision");
        ComboBox<PackAgency> withWhom = new ComboBox<>();
        withWhom.getItems().setAll(pack.agencies().stream().filter(a -> decision.withWhom().isEmpty()
                || decision.withWhom().contains(a.id())).toList());
        withWhom.setConverter(converter(PackAgency::name));
        withWhom.setPromptText("With whom");
        if (decision.asker().isPresent()) {
            withWhom.setPromptText("To " + decision.asker().get().who());
            withWhom.setDisable(true);
        }
        BasisPickers bases = new BasisPickers(pack, agency,
                previous.map(r -> BasisChoices.parse(r.basis())).orElse(BasisChoices.NONE));
        Spinner<Integer> confidence = new Spinner<>(1, 5, 3);
        confidence.setPrefWidth(80);
        confidence.setAccessibleText(agency.name() + " confidence from 1 to 5");
        TextField rationale = new TextField();
        rationale.setPromptText("Why, in a sentence");
        rationale.setId("table-" + agency.code() + "-rationale");
        Button save = new Button("Save");
        save.setId("table-" + agency.code() + "-save");
        save.disableProperty().bind(option.valueProperty().isNull());
        previous.ifPresent(r -> {
            decision.option(r.optionId()).ifPresent(option::setValue);
            pack.agency(r.withWhom()).ifPresent(withWhom::setValue);
            if (r.confidence() > 0) {
                confidence.getValueFactory().setValue(r.confidence());
            }
            rationale.setText(r.rationale());
        });
        Runnable commit = () -> {
            if (option.getValue() != null) {
                model.recordTableDecision(agency.code(), new TableDecision(option.getValue().id(),
                        withWhom.getValue() == null ? "" : withWhom.getValue().id(),
                        bases.picked().stored(), confidence.getValue(), rationale.getText()));
            }
        };
        save.setOnAction(e -> commit.run());
        rationale.setOnAction(e -> commit.run());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        Label name = new Label(agency.name());
        name.getStyleClass().add("strong");
        HBox.setHgrow(rationale, Priority.ALWAYS);
        grid.add(name, 0, 0, 2, 1);
        // The option on a line of its own: per-decision labels are sentences, not "Share now".
        grid.add(option, 0, 1, 4, 1);
        grid.addRow(2, withWhom, new Label("Confidence"), confidence);
        grid.add(bases, 0, 3, 4, 1);
        grid.add(new HBox(6, rationale, save), 0, 4, 4, 1);
        return grid;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
