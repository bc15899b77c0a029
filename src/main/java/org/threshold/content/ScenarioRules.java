package org.threshold.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.Fragment;
import org.threshold.domain.pack.ModelAnswer;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Requester;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.domain.pack.StageGuidance;

/** The scenario half of {@link PackValidator}: stages, decisions, guidance and the model answer. */
final class ScenarioRules {
    static final List<String> AGE_GROUPS = List.of("child", "young-person", "adult", "older-adult", "family");

    private final Checks checks;
    private final Set<String> references;
    private final Set<String> agencies;
    private final Map<BasisLayerKind, Set<String>> layers;

    ScenarioRules(Checks checks, Set<String> references, Set<String> agencies, Map<BasisLayerKind, Set<String>> layers) {
        this.checks = checks;
        this.references = references;
        this.agencies = agencies;
        this.layers = layers;
    }

    void check(String place, Scenario scenario) {
        checks.required(Places.field(place, "title"), scenario.title());
        checks.required(Places.field(place, "summary"), scenario.summary());
        for (int i = 0; i < scenario.themes().size(); i++) {
            checks.required(Places.index(Places.field(place, "themes"), i), scenario.themes().get(i));
        }
        checks.oneOf(Places.field(place, "ageGroup"), scenario.ageGroup(), AGE_GROUPS);
        checks.count(place, "a scenario", scenario.stages().size(), 3, 6, "stage", "stages");
        boolean withholdTaught = false;
        for (int i = 0; i < scenario.stages().size(); i++) {
            withholdTaught |= stage(Places.index(Places.field(place, "stages"), i), scenario.stages().get(i));
        }
        if (!scenario.stages().isEmpty() && !withholdTaught) {
            checks.add(place, "no stage lists a \"withhold\" option in guidance.appropriate; at least one must,"
                    + " because the lesson is appropriate sharing, not \"always share\"");
        }
        List<String> questions = scenario.debriefQuestions();
        checks.count(place, "a scenario", questions.size(), 2, 6, "debrief question", "debrief questions");
        for (int i = 0; i < questions.size(); i++) {
            checks.required(Places.index(Places.field(place, "debriefQuestions"), i), questions.get(i));
        }
        modelAnswer(Places.field(place, "modelAnswer"), scenario.modelAnswer());
    }

    /** Checks a stage; true when its guidance counts withholding as appropriate. */
    private boolean stage(String place, Stage stage) {
        checks.required(Places.field(place, "title"), stage.title());
        checks.required(Places.field(place, "text"), stage.text());
        for (int i = 0; i < stage.fragments().size(); i++) {
            String fragmentPlace = Places.index(Places.field(place, "fragments"), i);
            Fragment fragment = stage.fragments().get(i);
            checks.cite(Places.field(fragmentPlace, "agency"), fragment.agency(), agencies, "agency", "agencies");
            checks.required(Places.field(fragmentPlace, "text"), fragment.text());
        }
        checks.optional(Places.field(place, "facilitatorNotes"), stage.facilitatorNotes());
        if (stage.decision() == null) {
            checks.add(Places.field(place, "decision"), "missing");
            return false;
        }
        return decision(Places.field(place, "decision"), stage.decision());
    }

    private boolean decision(String place, Decision decision) {
        checks.required(Places.field(place, "question"), decision.question());
        List<DecisionOption> options = decision.options();
        checks.count(place, "a decision", options.size(), 2, 6, "option", "options");
        checks.ids(Places.field(place, "options"), options, DecisionOption::id);
        for (int i = 0; i < options.size(); i++) {
            String optionPlace = Places.index(Places.field(place, "options"), i);
            checks.required(Places.field(optionPlace, "label"), options.get(i).label());
            if (options.get(i).kind() == null) {
                checks.add(Places.field(optionPlace, "kind"), "missing");
            }
        }
        checks.cites(Places.field(place, "withWhom"), decision.withWhom(), agencies, "agency", "agencies");
        if (!decision.decidedBy().isEmpty()) {
            checks.cite(Places.field(place, "decidedBy"), decision.decidedBy(), agencies, "agency", "agencies");
        }
        decision.asker().ifPresent(requester -> requester(place, requester, decision));
        return guidance(Places.field(place, "guidance"), decision);
    }

    /**
     * Who asked is the one recipient of a requester's decision. Listing others beside them is
     * what charted sharing with the police as an answer to the caller: who else needs to know
     * is a stage of its own.
     */
    private void requester(String decisionPlace, Requester requester, Decision decision) {
        String place = Places.field(decisionPlace, "requester");
        checks.required(Places.field(place, "who"), requester.who());
        if (!requester.agency().isEmpty()) {
            checks.cite(Places.field(place, "agency"), requester.agency(), agencies, "agency", "agencies");
        }
        if (!decision.withWhom().isEmpty()) {
            checks.add(Places.field(decisionPlace, "withWhom"), "a decision with a requester is about what to tell "
                    + "them, so it lists no one else; ask who else needs to know at a stage of its own");
        }
    }

    private boolean guidance(String place, Decision decision) {
        StageGuidance guidance = decision.guidance();
        if (guidance == null) {
            checks.add(place, "missing");
            return false;
        }
        Set<String> optionIds = decision.options().stream().map(DecisionOption::id).collect(Collectors.toSet());
        if (guidance.appropriate().isEmpty()) {
            checks.add(Places.field(place, "appropriate"), "empty; name at least one option");
        }
        checks.cites(Places.field(place, "appropriate"), guidance.appropriate(), optionIds, "option",
                "this decision's options");
        checks.required(Places.field(place, "why"), guidance.why());
        checks.cites(Places.field(place, "references"), guidance.references(), references, "reference", "references");
        guidance.bases().forEach((layer, ids) -> {
            String basesPlace = Places.field(Places.field(place, "bases"), layer.code());
            Set<String> offered = layers.get(layer);
            if (offered == null) {
                checks.add(basesPlace, "the pack has no " + Places.quote(layer.code()) + " layer in basisLayers");
            } else if (ids.isEmpty()) {
                checks.add(basesPlace, "empty; name at least one choice, or leave the layer out");
            } else {
                checks.cites(basesPlace, ids, offered, "choice", "the " + layer.code() + " layer's choices");
            }
        });
        return guidance.appropriate().stream()
                .flatMap(id -> decision.option(id).stream())
                .anyMatch(option -> option.kind() == OptionKind.WITHHOLD);
    }

    private void modelAnswer(String place, ModelAnswer answer) {
        if (answer == null) {
            checks.add(place, "missing");
            return;
        }
        checks.required(Places.field(place, "text"), answer.text());
        if (answer.references().isEmpty()) {
            checks.add(Places.field(place, "references"), "empty; the model answer must cite at least one reference");
        }
        checks.cites(Places.field(place, "references"), answer.references(), references, "reference", "references");
    }
}
