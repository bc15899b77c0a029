package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.BasisChoices;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackAgency;
import org.threshold.ui.common.Converters;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.TableDecision;
import org.threshold.workshop.run.RunState;

/**
 * Table decisions: for each agency, the option, with whom, the answer to each legal question
 * (lawful basis, special category condition, duty of confidence, gateway), confidence 1-5 and a
 * short rationale. Saved with Save or Enter in the rationale, and before the room moves on.
 */
final class TableEntry extends VBox implements Entry {
    private final List<Runnable> unsaved = new ArrayList<>();
    private final List<ComboBox<DecisionOption>> first = new ArrayList<>();

    TableEntry(RunViewModel model, RunState at, Decision decision) {
        getStyleClass().add("table-entry");
        setSpacing(10);
        for (SessionAgency agency : at.agencies()) {
            getChildren().add(row(model, at, agency, decision));
        }
    }

    @Override
    public Optional<String> commit() {
        unsaved.forEach(Runnable::run);
        return Optional.empty();
    }

    @Override
    public void focusFirst() {
        if (!first.isEmpty()) {
            Focus.request(first.get(0));
        }
    }

    private GridPane row(RunViewModel model, RunState at, SessionAgency agency, Decision decision) {
        Pack pack = at.pack();
        Optional<Response> previous = stored(model, at, agency);
        ComboBox<DecisionOption> option = new ComboBox<>();
        option.getItems().setAll(decision.options());
        option.setConverter(Converters.of(o -> HandsEntry.letter(decision.options().indexOf(o)) + " " + o.label()));
        option.setId("table-" + agency.code() + "-option");
        option.setAccessibleText(agency.name() + " decision");
        first.add(option);
        ComboBox<PackAgency> withWhom = new ComboBox<>();
        withWhom.getItems().setAll(pack.agencies().stream().filter(a -> decision.withWhom().isEmpty()
                || decision.withWhom().contains(a.id())).toList());
        withWhom.setConverter(Converters.of(PackAgency::name));
        withWhom.setPromptText("With whom");
        withWhom.setAccessibleText(agency.name() + ": with whom");
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
        rationale.setAccessibleText(agency.name() + ": why");
        rationale.setId("table-" + agency.code() + "-rationale");
        Button save = new Button("Save");
        save.setId("table-" + agency.code() + "-save");
        save.setAccessibleText("Save " + agency.name() + "'s decision");
        save.disableProperty().bind(option.valueProperty().isNull());
        previous.ifPresent(r -> {
            decision.option(r.optionId()).ifPresent(option::setValue);
            pack.agency(r.withWhom()).ifPresent(withWhom::setValue);
            if (r.confidence() > 0) {
                confidence.getValueFactory().setValue(r.confidence());
            }
            rationale.setText(r.rationale());
        });
        Supplier<Optional<TableDecision>> typed = () -> option.getValue() == null ? Optional.empty()
                : Optional.of(new TableDecision(option.getValue().id(),
                        withWhom.getValue() == null ? "" : withWhom.getValue().id(),
                        bases.picked().stored(), confidence.getValue(), rationale.getText()));
        Runnable commit = () -> typed.get().ifPresent(d -> model.recordTableDecision(at, agency.code(), d));
        // Before a move: only a decision that differs from what the store holds is written again.
        unsaved.add(() -> typed.get().filter(d -> !sameAs(d, stored(model, at, agency)))
                .ifPresent(d -> model.recordTableDecision(at, agency.code(), d)));
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

    private static Optional<Response> stored(RunViewModel model, RunState at, SessionAgency agency) {
        return model.answers().stream().filter(r -> r.key().equals(at.key()) && r.agencyCode().equals(agency.code())
                && r.source() == ResponseSource.TABLE_DECISION).findFirst();
    }

    private static boolean sameAs(TableDecision typed, Optional<Response> stored) {
        return stored.map(r -> r.optionId().equals(typed.optionId()) && r.withWhom().equals(typed.withWhom())
                && r.basis().equals(typed.basis()) && r.confidence() == typed.confidence()
                && r.rationale().equals(typed.rationale())).orElse(false);
    }
}
