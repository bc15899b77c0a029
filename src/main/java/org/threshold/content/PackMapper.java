package org.threshold.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threshold.domain.pack.AgencyPrompt;
import org.threshold.domain.pack.BasisLayer;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.Exercises;
import org.threshold.domain.pack.LawfulBasis;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackAgency;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.TrustGridSettings;
import org.threshold.domain.pack.WhereWeStand;

/**
 * Maps a parsed JSON tree onto the pack records by hand rather than by data binding, so that
 * each problem is named in the pack's own terms and all of them are found in one pass.
 * Checks shape only (fields, types); the rules between fields are {@link PackValidator}'s.
 */
final class PackMapper {
    static final String FORMAT = "threshold-pack";
    /** The version written; {@link #OLDEST_VERSION} and later are read. */
    static final int FORMAT_VERSION = 2;
    static final int OLDEST_VERSION = 1;

    private static final Set<String> ROOT = Set.of("format", "formatVersion", "metadata", "agencies",
            "basisLayers", "references", "scenarios", "exercises", StandMapper.FIELD);
    /** The optional "Where we stand" section is independent of the legal layers: either format may carry it. */
    private static final Set<String> ROOT_V1 = Set.of("format", "formatVersion", "metadata", "agencies",
            "lawfulBases", "references", "scenarios", "exercises", StandMapper.FIELD);
    private static final Set<String> METADATA_V1 = Set.of("id", "title", "version", "jurisdiction",
            "guidanceVersions", "authors", "licence", "description");
    private static final Set<String> METADATA = union(METADATA_V1, Set.of("lawCheckedOn"));
    private static final Set<String> AGENCY = Set.of("id", "name", "standard");
    private static final Set<String> LAYER = Set.of("layer", "choices");
    private static final Set<String> LAWFUL_BASIS = Set.of("id", "label", "reference");
    private static final Set<String> REFERENCE = Set.of("id", "title", "publisher", "version", "section", "url");
    private static final Set<String> EXERCISES = Set.of("trustGrid", "confidenceItems", "mythOrFact", "agencyPrompts");
    private static final Set<String> TRUST_GRID = Set.of("question", "scaleMin", "scaleMax", "lowLabel", "highLabel");
    private static final Set<String> CONFIDENCE_ITEM = Set.of("id", "text", "reference");
    private static final Set<String> MYTH_ITEM = Set.of("id", "statement", "answer", "explanation", "references");
    private static final Set<String> AGENCY_PROMPT = Set.of("id", "text");
    /** The layers a format 2 file may name; the single list is what format 1's "lawfulBases" is read as. */
    static final List<String> LAYER_CODES = Arrays.stream(BasisLayerKind.values())
            .filter(k -> k != BasisLayerKind.SINGLE_LIST).map(BasisLayerKind::code).toList();

    private final Problems problems = new Problems();

    /** The pack, or empty with {@link #refusal()} saying why. */
    Optional<Pack> map(JsonNode root) {
        if (!root.isObject()) {
            Fields.open(root, Places.ROOT, problems, ROOT);
            return Optional.empty();
        }
        int version = formatVersion(root);
        if (version == 0) {
            return Optional.empty();
        }
        boolean first = version == OLDEST_VERSION;
        Fields pack = Fields.open(root, Places.ROOT, problems, first ? ROOT_V1 : ROOT).orElseThrow();
        ScenarioMapper scenarios = new ScenarioMapper(problems, version);
        PackMetadata metadata = pack.object("metadata", first ? METADATA_V1 : METADATA).map(this::metadata).orElse(null);
        List<PackAgency> agencies = pack.list("agencies", true, (node, place) ->
                open(node, place, AGENCY).map(this::agency).orElse(null));
        List<BasisLayer> layers = first ? List.of(new BasisLayer(BasisLayerKind.SINGLE_LIST,
                pack.list("lawfulBases", true, this::lawfulBasis)))
                : pack.list("basisLayers", true, (node, place) -> open(node, place, LAYER).map(this::layer).orElse(null));
        List<Reference> references = pack.list("references", true, (node, place) ->
                open(node, place, REFERENCE).map(this::reference).orElse(null));
        List<Scenario> scenarioList = pack.list("scenarios", true, scenarios::scenario);
        Exercises exercises = pack.object("exercises", EXERCISES).map(this::exercises).orElse(null);
        WhereWeStand whereWeStand = new StandMapper(problems).map(pack);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pack(metadata, agencies, layers, references, scenarioList, exercises, whereWeStand));
    }

    /** Why {@link #map} found no pack. */
    PackFormatException refusal() {
        return problems.refusal().orElseThrow();
    }

    /**
     * The pack's format version, or 0 when the file is not a pack this Threshold reads: it stops
     * here with one problem, because listing every field of some other JSON document, or of a
     * future format, as unknown would bury the real reason.
     */
    private int formatVersion(JsonNode root) {
        JsonNode format = root.get("format");
        if (format == null) {
            problems.add("format", "missing (a pack starts with \"format\": \"" + FORMAT + "\")");
            return 0;
        }
        if (!format.isTextual() || !FORMAT.equals(format.textValue())) {
            problems.add("format", "expected \"" + FORMAT + "\", found " + Fields.describe(format));
            return 0;
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            problems.add("formatVersion", "missing (expected " + FORMAT_VERSION + ")");
            return 0;
        }
        if (!version.isIntegralNumber()) {
            problems.add("formatVersion", "expected the whole number " + FORMAT_VERSION + ", found " + Fields.describe(version));
            return 0;
        }
        if (!version.canConvertToInt() || version.intValue() < OLDEST_VERSION || version.intValue() > FORMAT_VERSION) {
            problems.add("formatVersion", "this version of Threshold reads format versions " + OLDEST_VERSION + " and "
                    + FORMAT_VERSION + "; this pack is version " + version.asText());
            return 0;
        }
        return version.intValue();
    }

    private Optional<Fields> open(JsonNode node, String place, Set<String> allowed) {
        return Fields.open(node, place, problems, allowed);
    }

    private PackMetadata metadata(Fields f) {
        return new PackMetadata(f.text("id"), f.text("title"), f.text("version"), f.text("jurisdiction"),
                f.texts("guidanceVersions", false), f.texts("authors", false),
                f.optionalText("licence"), f.optionalText("description"), f.optionalDate("lawCheckedOn"));
    }

    private PackAgency agency(Fields f) {
        return new PackAgency(f.text("id"), f.text("name"), f.optionalBoolean("standard", false));
    }

    private BasisLayer layer(Fields f) {
        String code = f.choice("layer", LAYER_CODES);
        // An unknown layer is already a problem; the placeholder never leaves the mapper.
        BasisLayerKind kind = BasisLayerKind.byCode(code).orElse(BasisLayerKind.SINGLE_LIST);
        return new BasisLayer(kind, f.list("choices", true, this::lawfulBasis));
    }

    private LawfulBasis lawfulBasis(JsonNode node, String place) {
        return open(node, place, LAWFUL_BASIS).map(f -> new LawfulBasis(f.text("id"), f.text("label"),
                f.optionalText("reference"))).orElse(null);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private Reference reference(Fields f) {
        return new Reference(f.text("id"), f.text("title"), f.text("publisher"), f.text("version"),
                f.optionalText("section"), f.optionalText("url"));
    }

    private Exercises exercises(Fields f) {
        TrustGridSettings trustGrid = f.object("trustGrid", TRUST_GRID).map(this::trustGrid).orElse(null);
        List<ConfidenceItem> confidence = f.list("confidenceItems", false, (node, place) ->
                open(node, place, CONFIDENCE_ITEM).map(this::confidenceItem).orElse(null));
        List<MythItem> myths = f.list("mythOrFact", false, (node, place) ->
                open(node, place, MYTH_ITEM).map(this::mythItem).orElse(null));
        List<AgencyPrompt> prompts = f.list("agencyPrompts", false, (node, place) ->
                open(node, place, AGENCY_PROMPT).map(p -> new AgencyPrompt(p.text("id"), p.text("text"))).orElse(null));
        return new Exercises(trustGrid, confidence, myths, prompts);
    }

    private TrustGridSettings trustGrid(Fields f) {
        return new TrustGridSettings(f.text("question"), f.integer("scaleMin"), f.integer("scaleMax"),
                f.text("lowLabel"), f.text("highLabel"));
    }

    private ConfidenceItem confidenceItem(Fields f) {
        return new ConfidenceItem(f.text("id"), f.text("text"), f.optionalText("reference"));
    }

    private MythItem mythItem(Fields f) {
        String id = f.text("id");
        String statement = f.text("statement");
        boolean isMyth = f.choice("answer", List.of("myth", "fact")).equals("myth");
        return new MythItem(id, statement, isMyth, f.text("explanation"), f.texts("references", false));
    }
}
