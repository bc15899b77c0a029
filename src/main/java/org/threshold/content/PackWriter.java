package org.threshold.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.threshold.domain.pack.AgencyPrompt;
import org.threshold.domain.pack.BasisLayer;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.Exercises;
import org.threshold.domain.pack.Fragment;
import org.threshold.domain.pack.LawfulBasis;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackAgency;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.domain.pack.TrustGridSettings;

/**
 * Writes a pack as the pretty, UTF-8 JSON of docs/pack-format.md, fields in the documented
 * order so a written pack diffs cleanly against a hand-written one. Optional fields that are
 * empty are left out, which is exactly what {@link PackReader} reads back as empty: writing
 * then reading gives an equal pack. A pack read from format 1 is written back as format 1,
 * its one list of bases as it was: which layer an old basis belongs to is the writer's call,
 * never a guess of ours. Every other pack is written as format 2.
 */
public final class PackWriter {
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectWriter writer;

    public PackWriter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        // "\n" rather than the platform's line ending, so a pack is the same bytes on every machine.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = new ObjectMapper().writer(printer);
    }

    public String writeString(Pack pack) {
        try {
            return writer.writeValueAsString(tree(pack)) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain strings, numbers and booleans always serialises.
            throw new IllegalStateException(e);
        }
    }

    public byte[] write(Pack pack) {
        return writeString(pack).getBytes(StandardCharsets.UTF_8);
    }

    private ObjectNode tree(Pack pack) {
        ObjectNode root = nodes.objectNode();
        root.put("format", PackMapper.FORMAT);
        boolean firstFormat = BasisLayerRules.isFirstFormat(pack.basisLayers());
        root.put("formatVersion", firstFormat ? PackMapper.OLDEST_VERSION : PackMapper.FORMAT_VERSION);
        root.set("metadata", metadata(pack.metadata()));
        ArrayNode agencies = root.putArray("agencies");
        for (PackAgency agency : pack.agencies()) {
            agencies.addObject().put("id", agency.id()).put("name", agency.name()).put("standard", agency.standard());
        }
        if (firstFormat) {
            root.set("lawfulBases", choices(pack.basisLayers().get(0).choices()));
        }
        ArrayNode layers = firstFormat ? nodes.arrayNode() : root.putArray("basisLayers");
        for (BasisLayer layer : pack.basisLayers()) {
            layers.addObject().put("layer", layer.kind().code()).set("choices", choices(layer.choices()));
        }
        ArrayNode references = root.putArray("references");
        for (Reference reference : pack.references()) {
            ObjectNode node = references.addObject().put("id", reference.id()).put("title", reference.title())
                    .put("publisher", reference.publisher()).put("version", reference.version());
            optional(node, "section", reference.section());
            optional(node, "url", reference.url());
        }
        ArrayNode scenarios = root.putArray("scenarios");
        pack.scenarios().forEach(scenario -> scenarios.add(scenario(scenario)));
        root.set("exercises", exercises(pack.exercises()));
        StandWriter.write(root, pack.whereWeStand());
        return root;
    }

    private ObjectNode metadata(PackMetadata metadata) {
        ObjectNode node = nodes.objectNode().put("id", metadata.id()).put("title", metadata.title())
                .put("version", metadata.version()).put("jurisdiction", metadata.jurisdiction());
        optional(node, "guidanceVersions", metadata.guidanceVersions());
        optional(node, "authors", metadata.authors());
        optional(node, "licence", metadata.licence());
        optional(node, "description", metadata.description());
        if (metadata.lawCheckedOn() != null) {
            node.put("lawCheckedOn", metadata.lawCheckedOn().toString());
        }
        return node;
    }

    private ObjectNode scenario(Scenario scenario) {
        ObjectNode node = nodes.objectNode().put("id", scenario.id()).put("title", scenario.title())
                .put("summary", scenario.summary());
        optional(node, "themes", scenario.themes());
        node.put("ageGroup", scenario.ageGroup());
        ArrayNode stages = node.putArray("stages");
        scenario.stages().forEach(stage -> stages.add(stage(stage)));
        node.set("debriefQuestions", texts(scenario.debriefQuestions()));
        ObjectNode answer = node.putObject("modelAnswer").put("text", scenario.modelAnswer().text());
        answer.set("references", texts(scenario.modelAnswer().references()));
        return node;
    }

    private ObjectNode stage(Stage stage) {
        ObjectNode node = nodes.objectNode().put("title", stage.title()).put("text", stage.text());
        if (!stage.fragments().isEmpty()) {
            ArrayNode fragments = node.putArray("fragments");
            for (Fragment fragment : stage.fragments()) {
                fragments.addObject().put("agency", fragment.agency()).put("text", fragment.text());
            }
        }
        node.set("decision", decision(stage.decision()));
        optional(node, "facilitatorNotes", stage.facilitatorNotes());
        return node;
    }

    private ObjectNode decision(Decision decision) {
        ObjectNode node = nodes.objectNode().put("question", decision.question());
        ArrayNode options = node.putArray("options");
        for (DecisionOption option : decision.options()) {
            options.addObject().put("id", option.id()).put("label", option.label()).put("kind", option.kind().code());
        }
        optional(node, "withWhom", decision.withWhom());
        ObjectNode guidance = node.putObject("guidance");
        guidance.set("appropriate", texts(decision.guidance().appropriate()));
        guidance.put("why", decision.guidance().why());
        optional(guidance, "references", decision.guidance().references());
        if (!decision.guidance().bases().isEmpty()) {
            ObjectNode bases = guidance.putObject("bases");
            decision.guidance().bases().forEach((layer, ids) -> bases.set(layer.code(), texts(ids)));
        }
        decision.asker().ifPresent(requester -> optional(node.putObject("requester").put("who", requester.who()),
                "agency", requester.agency()));
        optional(node, "decidedBy", decision.decidedBy());
        return node;
    }

    private ObjectNode exercises(Exercises exercises) {
        ObjectNode node = nodes.objectNode();
        TrustGridSettings grid = exercises.trustGrid();
        node.putObject("trustGrid").put("question", grid.question()).put("scaleMin", grid.scaleMin())
                .put("scaleMax", grid.scaleMax()).put("lowLabel", grid.lowLabel()).put("highLabel", grid.highLabel());
        if (!exercises.confidenceItems().isEmpty()) {
            ArrayNode items = node.putArray("confidenceItems");
            for (ConfidenceItem item : exercises.confidenceItems()) {
                optional(items.addObject().put("id", item.id()).put("text", item.text()), "reference", item.reference());
            }
        }
        if (!exercises.mythOrFact().isEmpty()) {
            ArrayNode myths = node.putArray("mythOrFact");
            for (MythItem myth : exercises.mythOrFact()) {
                ObjectNode item = myths.addObject().put("id", myth.id()).put("statement", myth.statement())
                        .put("answer", myth.isMyth() ? "myth" : "fact").put("explanation", myth.explanation());
                optional(item, "references", myth.references());
            }
        }
        if (!exercises.agencyPrompts().isEmpty()) {
            ArrayNode prompts = node.putArray("agencyPrompts");
            for (AgencyPrompt prompt : exercises.agencyPrompts()) {
                prompts.addObject().put("id", prompt.id()).put("text", prompt.text());
            }
        }
        return node;
    }

    private ArrayNode choices(List<LawfulBasis> bases) {
        ArrayNode choices = nodes.arrayNode();
        for (LawfulBasis basis : bases) {
            optional(choices.addObject().put("id", basis.id()).put("label", basis.label()), "reference", basis.reference());
        }
        return choices;
    }

    private ArrayNode texts(List<String> values) {
        ArrayNode array = nodes.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static void optional(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private void optional(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            node.set(field, texts(values));
        }
    }
}
