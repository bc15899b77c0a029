package org.threshold.ui.packs;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.Fragment;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;

/**
 * A scenario as the facilitator reads it before a workshop: every stage in order with what
 * only one agency knows, the decision and its options, the debrief guidance and notes, then
 * the debrief questions and the model answer with the references behind it.
 */
final class ScenarioReader extends VBox {
    ScenarioReader() {
        getStyleClass().add("scenario-reader");
        setSpacing(12);
    }

    void show(Pack pack, Scenario scenario) {
        getChildren().clear();
        if (pack == null || scenario == null) {
            getChildren().add(muted("Choose a scenario to read it stage by stage."));
            return;
        }
        getChildren().addAll(text(scenario.title(), "title-2"), text(scenario.summary(), null),
                muted("Age group: " + scenario.ageGroup() + (scenario.themes().isEmpty() ? ""
                        : " \u00b7 Themes: " + String.join(", ", scenario.themes()))));
        for (int i = 0; i < scenario.stages().size(); i++) {
            getChildren().add(stage(pack, scenario.stages().get(i)));
        }
        VBox debrief = card(text("Debrief", "title-3"));
        List<String> questions = scenario.debriefQuestions();
        for (int i = 0; i < questions.size(); i++) {
            debrief.getChildren().add(text((i + 1) + ". " + questions.get(i), null));
        }
        debrief.getChildren().addAll(text("Model answer", "strong"), text(scenario.modelAnswer().text(), null),
                muted("References: " + references(pack, scenario.modelAnswer().references())));
        getChildren().add(debrief);
    }

    private static Node stage(Pack pack, Stage stage) {
        VBox card = card(text(stage.title(), "title-3"), text(stage.text(), null));
        for (Fragment fragment : stage.fragments()) {
            Label known = text("Only " + agency(pack, fragment.agency()) + " knows: " + fragment.text(), "fragment");
            card.getChildren().add(known);
        }
        Decision decision = stage.decision();
        card.getChildren().add(text(decision.question(), "strong"));
        for (DecisionOption option : decision.options()) {
            boolean appropriate = decision.guidance().appropriate().contains(option.id());
            card.getChildren().add(text("\u2022 " + option.label() + " (" + option.kind().code() + ")"
                    + (appropriate ? ": appropriate" : ""), "reader-option"));
        }
        if (!decision.withWhom().isEmpty()) {
            card.getChildren().add(muted("With whom: " + decision.withWhom().stream().map(id -> agency(pack, id))
                    .collect(Collectors.joining(", "))));
        }
        card.getChildren().add(text("Guidance for the debrief: " + decision.guidance().why(), null));
        if (!decision.guidance().references().isEmpty()) {
            card.getChildren().add(muted("References: " + references(pack, decision.guidance().references())));
        }
        if (!stage.facilitatorNotes().isBlank()) {
            card.getChildren().add(text("Facilitator notes: " + stage.facilitatorNotes(), "facilitator-note"));
        }
        return card;
    }

    static String references(Pack pack, List<String> ids) {
        return ids.stream().map(id -> pack.reference(id).map(r -> r.title() + " (" + r.publisher() + ", " + r.version()
                + (r.section().isBlank() ? "" : ", " + r.section()) + ")").orElse(id)).collect(Collectors.joining("; "));
    }

    private static String agency(Pack pack, String id) {
        return pack.agency(id).map(a -> a.name()).orElse(id);
    }

    private static VBox card(Node... nodes) {
        VBox card = new VBox(8, nodes);
        card.getStyleClass().add("card");
        return card;
    }

    static Label text(String value, String styleClass) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    static Label muted(String value) {
        return text(value, "muted");
    }
}
