package org.threshold.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threshold.domain.pack.AgencyPrompt;
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
    static final int FORMAT_VERSION = 1;

    private static final Set<String> ROOT = Set.of("format", "formatVersion", "metadata", "agencies",
            "lawfulBases", "references", "scenarios", "exercises", StandMapper.FIELD);
    private static final Set<String> METADATA = Set.of("id", "title", "version", "jurisdiction",
            "guidanceVersions", "authors", "licence", "description");
    private static final Set<String> AGENCY = Set.of("id", "name", "standard");
    private static final Set<String> LAWFUL_BASIS = Set.of("id", "label", "reference");
    private static final Set<String> REFERENCE = Set.of("id", "title", "publisher", "version", "section", "url");
    private static final Set<String> EXERCISES = Set.of("trustGrid", "confidenceItems", "mythOrFact", "agencyPrompts");
    private static final Set<String> TRUST_GRID = Set.of("question", "scaleMin", "scaleMax", "lowLabel", "highLabel");
    private static final Set<String> CONFIDENCE_ITEM = Set.of("id", "text", "reference");
    private static final Set<String> MYTH_ITEM = Set.of("id", "statement", "answer", "explanation", "references");
    private static final Set<String> AGENCY_PROMPT = Set.of("id", "text");

    private final Problems problems = new Problems();
    private final ScenarioMapper scenarios = new ScenarioMapper(problems);

    /** The pack, or empty with {@link #problems()} saying why. */
    Optional<Pack> map(JsonNode root) {
        Optional<Fields> fields = Fields.open(root, Places.ROOT, problems, ROOT);
        if (fields.isEmpty() || !isThisFormat(root)) {
            return Optional.empty();
        }
        Fields pack = fields.get();
        PackMetadata metadata = pack.object("metadata", METADATA).map(this::metadata).orElse(null);
        List<PackAgency> agencies = pack.list("agencies", true, (node, place) ->
                open(node, place, AGENCY).map(this::agency).orElse(null));
        List<LawfulBasis> lawfulBases = pack.list("lawfulBases", true, (node, place) ->
                open(node, place, LAWFUL_BASIS).map(this::lawfulBasis).orElse(null));
        List<Reference> references = pack.list("references", true, (node, place) ->
                open(node, place, REFERENCE).map(this::reference).orElse(null));
        List<Scenario> scenarioList = pack.list("scenarios", true, scenarios::scenario);
        Exercises exercises = pack.object("exercises", EXERCISES).map(this::exercises).orElse(null);
        WhereWeStand whereWeStand = new StandMapper(problems).map(pack);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pack(metadata, agencies, lawfulBases, references, scenarioList, exercises, whereWeStand));
    }

    List<PackProblem> problems() {
        return problems.list();
    }

    /**
     * A file that is not a version-1 pack stops here with one problem: listing every field of
     * some other JSON document, or of a future format, as unknown would bury the real reason.
     */
    private boolean isThisFormat(JsonNode root) {
        JsonNode format = root.get("format");
        if (format == null) {
            problems.add("format", "missing (a pack starts with \"format\": \"" + FORMAT + "\")");
            return false;
        }
        if (!format.isTextual() || !FORMAT.equals(format.textValue())) {
            problems.add("format", "expected \"" + FORMAT + "\", found " + Fields.describe(format));
            return false;
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            problems.add("formatVersion", "missing (expected " + FORMAT_VERSION + ")");
            return false;
        }
        if (!version.isIntegralNumber()) {
            problems.add("formatVersion", "expected the whole number " + FORMAT_VERSION + ", found " + Fields.describe(version));
            return false;
        }
        if (!version.canConvertToInt() || version.intValue() != FORMAT_VERSION) {
            problems.add("formatVersion", "this version of Threshold reads format version " + FORMAT_VERSION
                    + "; this pack is version " + version.asText());
            return false;
        }
        return true;
    }

    private Optional<Fields> open(JsonNode node, String place, Set<String> allowed) {
        return Fields.open(node, place, problems, allowed);
    }

    private PackMetadata metadata(Fields f) {
        return new PackMetadata(f.text("id"), f.text("title"), f.text("version"), f.text("jurisdiction"),
                f.texts("guidanceVersions", false), f.texts("authors", false),
                f.optionalText("licence"), f.optionalText("description"));
    }

    private PackAgency agency(Fields f) {
        return new PackAgency(f.text("id"), f.text("name"), f.optionalBoolean("standard", false));
    }

    private LawfulBasis lawfulBasis(Fields f) {
        return new LawfulBasis(f.text("id"), f.text("label"), f.optionalText("reference"));
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
