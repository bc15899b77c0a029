package org.threshold.ui.run.console;

import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.Fragment;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.workshop.run.MeasuresRunner;
import org.threshold.workshop.run.RunState;

/** The facilitator's view of the current step: what the room sees, what single agencies hold, and the notes for you. */
final class StepPane extends ScrollPane {
    private final VBox content = new VBox(10);

    StepPane(RunState state) {
        getStyleClass().add("step-pane");
        content.getStyleClass().add("step-content");
        setContent(content);
        setFitToWidth(true);
        // Read, not typed in: no Tab stop the facilitator cannot see.
        setFocusTraversable(false);
        AgendaItem item = state.item();
        text(item.title(), "title-2");
        switch (item.kind()) {
            case SCENARIO -> state.scenario().ifPresent(s -> {
                if (state.isDebrief()) {
                    debrief(state.pack(), s);
                } else {
                    stage(state, s, s.stages().get(state.position().stageIndex()));
                }
            });
            case QUIZ -> state.myth().ifPresent(m -> myth(state, m));
            case WHERE_WE_STAND -> StandStepText.describe(state).forEach(line -> text(line.text(), line.style()));
            default -> text(item.kind().label() + ". " + hint(item), "muted");
        }
    }

    private void stage(RunState state, Scenario scenario, Stage stage) {
        int index = state.position().stageIndex();
        text(Stage.numbered(index + 1, stage.title()) + " (of " + scenario.stages().size() + ")", "title-3");
        text(stage.text(), "step-text");
        for (Fragment fragment : stage.fragments()) {
            String agency = state.pack().agency(fragment.agency()).map(a -> a.name()).orElse(fragment.agency());
            text("Only " + agency + " knows: " + fragment.text(), "fragment");
        }
        Decision decision = stage.decision();
        text(decision.question(), "strong");
        decision.asker().ifPresent(r -> text("Asked by " + r.who() + ": the answers are what to tell them. Who else "
                + "needs to know is the next question, and the chart never counts a share here as joining up.", "muted"));
        if (!decision.decidedBy().isEmpty()) {
            String decider = state.pack().agency(decision.decidedBy()).map(a -> a.name()).orElse(decision.decidedBy());
            text("Every agency answers what it would want " + decider + " to do, not what it would do itself.", "muted");
        }
        for (int i = 0; i < decision.options().size(); i++) {
            text(HandsEntry.letter(i) + "  " + decision.options().get(i).label(), "step-option");
        }
        if (!stage.facilitatorNotes().isBlank()) {
            text("For you only", "title-3");
            text(stage.facilitatorNotes(), "facilitator-note");
        }
        String appropriate = decision.guidance().appropriate().stream()
                .map(id -> decision.option(id).map(o -> o.label()).orElse(id)).collect(Collectors.joining(", "));
        text("In the debrief: appropriate here is " + appropriate + ". " + decision.guidance().why(), "facilitator-note");
        if (!decision.guidance().bases().isEmpty()) {
            text("On what basis, layer by layer: " + decision.guidance().bases().entrySet().stream()
                    .map(e -> e.getKey().shortLabel() + ": " + e.getValue().stream()
                            .map(id -> state.pack().basisLabel(e.getKey(), id)).collect(Collectors.joining(" or ")))
                    .collect(Collectors.joining("; ")) + ".", "facilitator-note");
        }
    }

    private void debrief(Pack pack, Scenario scenario) {
        text("Debrief", "title-3");
        for (String question : scenario.debriefQuestions()) {
            text("\u2022 " + question, "step-text");
        }
        text("Model answer (press R to show the room)", "title-3");
        text(scenario.modelAnswer().text(), "step-text");
        text("Sources: " + scenario.modelAnswer().references().stream()
                .map(id -> pack.reference(id).map(r -> r.title() + " (" + r.version() + ")").orElse(id))
                .collect(Collectors.joining("; ")), "muted");
    }

    private void myth(RunState state, MythItem myth) {
        text("Statement " + (state.position().stageIndex() + 1) + " of " + state.pack().exercises().mythOrFact().size(),
                "title-3");
        text(myth.statement(), "step-text");
        text("Answer: " + (myth.isMyth() ? "myth" : "fact") + ". " + myth.explanation(), "facilitator-note");
        if (MeasuresRunner.phaseOf(state.item()) == MeasurePhase.BASELINE) {
            text("This is the round before the day's work: the same statements come back at the end, so the summary "
                    + "can show what the room learned. Consider keeping the answers until then.", "muted");
        }
    }

    private static String hint(AgendaItem item) {
        return switch (item.kind()) {
            case WELCOME -> "The room sees the title and the ground rules.";
            case BREAK -> "The room sees when to be back.";
            case CLOSE -> "The room sees the actions captured today; add more below.";
            case TRUST_EXERCISE -> "The room sees the trust question and scale; enter each table's ratings.";
            case CONFIDENCE_CHECK -> "The room sees the confidence statements; enter the counts per score.";
            case AGENCY_CARDS -> "The room sees the prompts; capture each agency's card.";
            case OPEN_QUESTION -> "The room answers on their phones. Approve or hide each answer in the Phones panel; "
                    + "R shows the approved ones as a word cloud and a list.";
            default -> "Capture what the room says below.";
        };
    }

    private void text(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        content.getChildren().add(label);
    }
}
