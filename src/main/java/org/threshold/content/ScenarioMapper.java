package org.threshold.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/** The scenario half of {@link PackMapper}: scenarios, their stages and decisions. */
final class ScenarioMapper {
    private static final Set<String> SCENARIO = Set.of("id", "title", "summary", "themes", "ageGroup",
            "stages", "debriefQuestions", "modelAnswer");
    private static final Set<String> STAGE = Set.of("title", "text", "fragments", "decision", "facilitatorNotes");
    private static final Set<String> FRAGMENT = Set.of("agency", "text");
    private static final Set<String> DECISION_V1 = Set.of("question", "options", "withWhom", "guidance");
    private static final Set<String> DECISION = Set.of("question", "options", "withWhom", "guidance", "requester",
            "decidedBy");
    private static final Set<String> REQUESTER = Set.of("who", "agency");
    private static final Set<String> OPTION = Set.of("id", "label", "kind");
    private static final Set<String> GUIDANCE_V1 = Set.of("appropriate", "why", "references");
    private static final Set<String> GUIDANCE = Set.of("appropriate", "why", "references", "bases");
    private static final Set<String> MODEL_ANSWER = Set.of("text", "references");
    private static final List<String> KINDS = Arrays.stream(OptionKind.values()).map(OptionKind::code).toList();

    private final Problems problems;
    private final boolean firstFormat;

    /** @param formatVersion the pack's; format version 1 had no requesters, deciding agencies or bases in guidance */
    ScenarioMapper(Problems problems, int formatVersion) {
        this.problems = problems;
        this.firstFormat = formatVersion == PackMapper.OLDEST_VERSION;
    }

    /** Reads one scenario; null when it is not even an object (the problem is recorded). */
    Scenario scenario(JsonNode node, String place) {
        return open(node, place, SCENARIO).map(f -> new Scenario(
                f.text("id"),
                f.text("title"),
                f.text("summary"),
                f.texts("themes", false),
                f.text("ageGroup"),
                f.list("stages", true, this::stage),
                f.texts("debriefQuestions", true),
                f.object("modelAnswer", MODEL_ANSWER)
                        .map(m -> new ModelAnswer(m.text("text"), m.texts("references", true)))
                        .orElse(null)))
                .orElse(null);
    }

    private Stage stage(JsonNode node, String place) {
        return open(node, place, STAGE).map(f -> new Stage(
                f.text("title"),
                f.text("text"),
                f.list("fragments", false, this::fragment),
                f.object("decision", firstFormat ? DECISION_V1 : DECISION).map(this::decision).orElse(null),
                f.optionalText("facilitatorNotes")))
                .orElse(null);
    }

    private Fragment fragment(JsonNode node, String place) {
        return open(node, place, FRAGMENT).map(f -> new Fragment(f.text("agency"), f.text("text"))).orElse(null);
    }

    private Decision decision(Fields f) {
        Requester requester = f.has("requester") ? f.object("requester", REQUESTER)
                .map(r -> new Requester(r.text("who"), r.optionalText("agency"))).orElse(null) : null;
        return new Decision(
                f.text("question"),
                f.list("options", true, this::option),
                f.texts("withWhom", false),
                f.object("guidance", firstFormat ? GUIDANCE_V1 : GUIDANCE).map(this::guidance).orElse(null),
                requester,
                f.optionalText("decidedBy"));
    }

    private StageGuidance guidance(Fields g) {
        Map<BasisLayerKind, List<String>> bases = new EnumMap<>(BasisLayerKind.class);
        g.textLists("bases", PackMapper.LAYER_CODES).forEach((code, ids) ->
                BasisLayerKind.byCode(code).ifPresent(layer -> bases.put(layer, ids)));
        return new StageGuidance(g.texts("appropriate", true), g.text("why"), g.texts("references", false), bases);
    }

    private DecisionOption option(JsonNode node, String place) {
        return open(node, place, OPTION).map(f -> new DecisionOption(
                f.text("id"),
                f.text("label"),
                OptionKind.byCode(f.choice("kind", KINDS)).orElse(OptionKind.SHARE)))
                .orElse(null);
    }

    private Optional<Fields> open(JsonNode node, String place, Set<String> allowed) {
        return Fields.open(node, place, problems, allowed);
    }
}
