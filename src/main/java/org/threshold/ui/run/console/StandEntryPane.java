package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.JourneyStage;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.ui.common.Converters;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.StandViewModel;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.stand.StandAnswers;
import org.threshold.workshop.stand.StandStep;

/**
 * Entering "Where we stand": each agency's place on the journey, then its rating of each
 * statement, as table decisions (one key a cell) or a show of hands; then the actions. Phones
 * will answer through the same model calls, tagged as device answers.
 */
final class StandEntryPane extends VBox implements Entry {
    private final RunViewModel run;
    private final StandViewModel model;
    private final RunState state;
    private final WhereWeStand section;
    private final ScrollPane holder = new ScrollPane();
    private final ToggleGroup mode = new ToggleGroup();
    private final ToggleButton tables = new ToggleButton("_Table decisions");
    private final ToggleButton hands = new ToggleButton("Show of _hands");
    /** What is on screen to type into: a grid's first empty cell, a show of hands, or the actions. */
    private TextField first;
    private StandHandsEntry handsShown;
    private StandActionsPane actions;

    StandEntryPane(RunViewModel run, RunState state) {
        this.run = run;
        this.model = run.stand();
        this.state = state;
        this.section = state.pack().whereWeStand();
        getStyleClass().add("stand-entry");
        setSpacing(8);
        StandStep step = StandStep.at(state.position().stageIndex());
        Label title = new Label(step.heading());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        if (!section.offered() || state.agencies().isEmpty()) {
            getChildren().addAll(title, new Label(section.offered() ? "No agencies are listed for this workshop. Add them "
                    + "in its plan." : "This workshop's content has no \u201cWhere we stand\u201d section."));
            return;
        }
        if (step == StandStep.ACTIONS) {
            actions = new StandActionsPane(run, state);
            first = actions.actionBox();
            VBox.setVgrow(actions, Priority.ALWAYS);
            getChildren().addAll(title, actions);
            return;
        }
        tables.setId("stand-tables");
        hands.setId("stand-hands");
        tables.setToggleGroup(mode);
        hands.setToggleGroup(mode);
        StandAnswers saved = model.answersProperty().get();
        boolean byTable = step == StandStep.JOURNEY ? saved.journeyByTable() || saved.placements().isEmpty()
                : saved.readinessByTable() || saved.ratings().isEmpty();
        mode.selectToggle(byTable ? tables : hands);
        holder.setFitToWidth(true);
        VBox.setVgrow(holder, Priority.ALWAYS);
        Label hint = muted("");
        // The pane stays while the step does, so the line follows the reveal rather than the pane's birth.
        hint.textProperty().bind(Bindings.createStringBinding(() -> run.stateProperty().get() != null
                && run.stateProperty().get().isRevealed() ? "Results are on the audience display."
                : "Results stay hidden from the room until you press R.", run.stateProperty()));
        Label status = muted("");
        status.textProperty().bind(model.statusProperty());
        Runnable show = () -> holder.setContent(step == StandStep.JOURNEY ? journey() : readiness());
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                mode.selectToggle(old);
            } else {
                show.run();
            }
        });
        show.run();
        getChildren().addAll(title, new HBox(0, tables, hands), hint, holder, status);
    }

    private boolean tableMode() {
        return mode.getSelectedToggle() == tables;
    }

    private Node journey() {
        List<JourneyStage> stages = section.journey();
        List<String> numbers = IntStream.rangeClosed(1, stages.size()).mapToObj(Integer::toString).toList();
        List<String> titles = stages.stream().map(JourneyStage::title).toList();
        Label legend = muted(IntStream.range(0, stages.size()).mapToObj(i -> (i + 1) + " " + titles.get(i))
                .reduce((a, b) -> a + " \u00b7 " + b).orElse(""));
        if (tableMode()) {
            StandDigitGrid grid = new StandDigitGrid(names(), List.of("Stage"), List.of("The stage, 1 to " + stages.size()),
                    new StandDigitGrid.Keys() {
                        @Override
                        public Integer value(char typed) {
                            int stage = typed - '1';
                            return stage >= 0 && stage < stages.size() ? stage : null;
                        }

                        @Override
                        public String shown(int value) {
                            return Integer.toString(value + 1);
                        }
                    }, (row, column) -> {
                        int index = section.stageIndex(answers().tableStage(agency(row).code()));
                        return index < 0 ? null : index;
                    }, (row, column, value) -> model.recordJourneyTable(agency(row).code(),
                            value == null ? "" : stages.get(value).id()), value -> titles.get(value));
            focusFirst(grid.firstToFill());
            return new VBox(6, muted("Type the stage each agency's table agreed; the caret moves on."), legend, grid);
        }
        List<StandHandsEntry.Line> lines = new ArrayList<>();
        for (SessionAgency agency : state.agencies()) {
            lines.add(new StandHandsEntry.Line(label(agency), agency.headcount(),
                    () -> stages.stream().mapToInt(s -> answers().hands(agency.code(), s.id())).toArray(),
                    counts -> {
                        Map<String, Integer> perStage = new LinkedHashMap<>();
                        for (int i = 0; i < stages.size(); i++) {
                            perStage.put(stages.get(i).id(), counts[i]);
                        }
                        model.recordJourneyHands(agency.code(), perStage);
                    }));
        }
        return new VBox(6, muted("How many of each agency's people put us at each stage."), legend,
                shown(new StandHandsEntry("stand-journey", numbers, titles, lines)));
    }

    private Node readiness() {
        List<ReadinessStatement> statements = section.statements();
        List<String> numbers = IntStream.rangeClosed(1, statements.size()).mapToObj(Integer::toString).toList();
        List<String> texts = statements.stream().map(ReadinessStatement::text).toList();
        if (tableMode()) {
            StandDigitGrid grid = new StandDigitGrid(names(), numbers, texts, new StandDigitGrid.Keys() {
                @Override
                public Integer value(char typed) {
                    if (typed >= '1' && typed <= '5') {
                        return typed - '0';
                    }
                    return "?0dD".indexOf(typed) >= 0 ? ReadinessRating.DONT_KNOW : null;
                }

                @Override
                public String shown(int value) {
                    return value == ReadinessRating.DONT_KNOW ? "?" : Integer.toString(value);
                }
            }, (row, column) -> {
                int score = answers().tableScore(statements.get(column).id(), agency(row).code());
                return score < 0 ? null : score;
            }, (row, column, value) -> model.recordRatingTable(statements.get(column).id(), agency(row).code(), value));
            focusFirst(grid.firstToFill());
            return new VBox(6, muted("A column per statement (numbered as on the left). Type 1 to 5, or ? (or 0) for "
                    + "don't know; the caret moves on."), grid);
        }
        ComboBox<SessionAgency> chooser = new ComboBox<>();
        chooser.setId("stand-agency");
        chooser.getItems().setAll(state.agencies());
        chooser.setConverter(Converters.of(StandEntryPane::label));
        chooser.setValue(state.agencies().get(0));
        VBox box = new VBox(6);
        Runnable showAgency = () -> {
            SessionAgency agency = chooser.getValue();
            List<StandHandsEntry.Line> lines = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                String id = statements.get(i).id();
                lines.add(new StandHandsEntry.Line((i + 1) + ". " + texts.get(i), agency.headcount(),
                        () -> IntStream.of(1, 2, 3, 4, 5, 0).map(s -> answers().hands(id, agency.code(), s)).toArray(),
                        counts -> model.recordRatingHands(id, agency.code(),
                                new int[] {counts[5], counts[0], counts[1], counts[2], counts[3], counts[4]})));
            }
            HBox row = new HBox(8, new Label("Agency"), chooser);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().setAll(row, muted("How many gave each score; ? is don't know."),
                    shown(new StandHandsEntry("stand-ratings", List.of("1", "2", "3", "4", "5", "?"),
                            List.of("1 not in place", "2", "3 partly", "4", "5 in place and evidenced", "don't know"),
                            lines)));
        };
        chooser.valueProperty().addListener((obs, old, now) -> showAgency.run());
        showAgency.run();
        return box;
    }

    private StandAnswers answers() {
        return model.answersProperty().get();
    }

    private SessionAgency agency(int row) {
        return state.agencies().get(row);
    }

    private List<String> names() {
        return state.agencies().stream().map(StandEntryPane::label).toList();
    }

    private static String label(SessionAgency agency) {
        return agency.name() + " (" + agency.headcount() + ")";
    }

    private StandHandsEntry shown(StandHandsEntry entry) {
        handsShown = entry;
        first = entry.first();
        return entry;
    }

    /** A grid's first cell to fill; switching between tables and hands gives it the keyboard at once. */
    private void focusFirst(TextField cell) {
        handsShown = null;
        first = cell;
        if (cell != null && getScene() != null) {
            focusFirst();
        }
    }

    @Override
    public Optional<String> commit() {
        if (actions != null) {
            return actions.unsaved();
        }
        return handsShown == null ? Optional.empty() : handsShown.commit();
    }

    /** The keyboard goes to the first box to fill, unless the room already sees the results. */
    @Override
    public void focusFirst() {
        if (first != null && (actions != null || !state.isRevealed())) {
            Focus.request(first);
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
