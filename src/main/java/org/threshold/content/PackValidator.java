package org.threshold.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threshold.domain.pack.AgencyPrompt;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.Exercises;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackAgency;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.TrustGridSettings;

/**
 * The rules of docs/pack-format.md that hold between fields: ids well formed and unique,
 * every cited id defined, counts in range, required text present and plain. Works on a
 * {@link Pack} however it was made, so a pack built in code is held to the same rules as one
 * read from a file. Returns every problem, each with its place; an empty list means valid.
 */
public final class PackValidator {
    public static final List<String> JURISDICTIONS = List.of("England", "Wales", "Scotland", "Northern Ireland", "UK");
    public static final List<String> AGE_GROUPS = ScenarioRules.AGE_GROUPS;
    /** More points than this cannot be rated quickly by a room, nor drawn legibly on a projector. */
    static final int MAX_SCALE_POINTS = 11;

    /** The pack's refusal, counting every problem, or empty when it passes. */
    public Optional<PackFormatException> refusal(Pack pack) {
        Problems problems = new Problems();
        Checks checks = new Checks(problems);
        Set<String> references = idSet(pack.references(), Reference::id);
        Set<String> agencies = idSet(pack.agencies(), PackAgency::id);

        metadata(checks, pack.metadata(), references);
        agencies(checks, pack.agencies());
        BasisLayerRules.check(checks, pack.basisLayers(), references);
        if (BasisLayerRules.isFirstFormat(pack.basisLayers())) {
            BasisLayerRules.firstFormatOnly(checks, pack);
        }
        references(checks, pack.references());
        checks.count(Places.ROOT, "a pack", pack.scenarios().size(), 1, Integer.MAX_VALUE, "scenario", "scenarios");
        checks.ids("scenarios", pack.scenarios(), Scenario::id);
        ScenarioRules scenarioRules = new ScenarioRules(checks, references, agencies,
                BasisLayerRules.choices(pack.basisLayers()));
        for (int i = 0; i < pack.scenarios().size(); i++) {
            scenarioRules.check(Places.index("scenarios", i), pack.scenarios().get(i));
        }
        exercises(checks, pack.exercises(), references);
        new StandRules(checks, references).check(pack.whereWeStand());
        return problems.refusal();
    }

    private static void metadata(Checks checks, PackMetadata metadata, Set<String> references) {
        if (metadata == null) {
            checks.add("metadata", "missing");
            return;
        }
        checks.id("metadata.id", metadata.id());
        checks.required("metadata.title", metadata.title());
        checks.required("metadata.version", metadata.version());
        checks.oneOf("metadata.jurisdiction", metadata.jurisdiction(), JURISDICTIONS);
        checks.cites("metadata.guidanceVersions", metadata.guidanceVersions(), references, "reference", "references");
        for (int i = 0; i < metadata.authors().size(); i++) {
            checks.required(Places.index("metadata.authors", i), metadata.authors().get(i));
        }
        checks.optional("metadata.licence", metadata.licence());
        checks.optional("metadata.description", metadata.description());
    }

    private static void agencies(Checks checks, List<PackAgency> agencies) {
        checks.count(Places.ROOT, "a pack", agencies.size(), 1, Integer.MAX_VALUE, "agency", "agencies");
        checks.ids("agencies", agencies, PackAgency::id);
        for (int i = 0; i < agencies.size(); i++) {
            checks.required(Places.field(Places.index("agencies", i), "name"), agencies.get(i).name());
        }
    }

    private static void references(Checks checks, List<Reference> references) {
        checks.count(Places.ROOT, "a pack", references.size(), 1, Integer.MAX_VALUE, "reference", "references");
        checks.ids("references", references, Reference::id);
        for (int i = 0; i < references.size(); i++) {
            String place = Places.index("references", i);
            Reference reference = references.get(i);
            checks.required(Places.field(place, "title"), reference.title());
            checks.required(Places.field(place, "publisher"), reference.publisher());
            checks.required(Places.field(place, "version"), reference.version());
            checks.optional(Places.field(place, "section"), reference.section());
            checks.httpsUrl(Places.field(place, "url"), reference.url());
        }
    }

    private static void exercises(Checks checks, Exercises exercises, Set<String> references) {
        if (exercises == null) {
            checks.add("exercises", "missing");
            return;
        }
        trustGrid(checks, exercises.trustGrid());
        List<ConfidenceItem> confidence = exercises.confidenceItems();
        checks.ids("exercises.confidenceItems", confidence, ConfidenceItem::id);
        for (int i = 0; i < confidence.size(); i++) {
            String place = Places.index("exercises.confidenceItems", i);
            checks.required(Places.field(place, "text"), confidence.get(i).text());
            citeOptional(checks, Places.field(place, "reference"), confidence.get(i).reference(), references);
        }
        List<MythItem> myths = exercises.mythOrFact();
        checks.ids("exercises.mythOrFact", myths, MythItem::id);
        for (int i = 0; i < myths.size(); i++) {
            String place = Places.index("exercises.mythOrFact", i);
            checks.required(Places.field(place, "statement"), myths.get(i).statement());
            checks.required(Places.field(place, "explanation"), myths.get(i).explanation());
            checks.cites(Places.field(place, "references"), myths.get(i).references(), references, "reference", "references");
        }
        List<AgencyPrompt> prompts = exercises.agencyPrompts();
        checks.ids("exercises.agencyPrompts", prompts, AgencyPrompt::id);
        for (int i = 0; i < prompts.size(); i++) {
            checks.required(Places.field(Places.index("exercises.agencyPrompts", i), "text"), prompts.get(i).text());
        }
    }

    private static void trustGrid(Checks checks, TrustGridSettings grid) {
        String place = "exercises.trustGrid";
        if (grid == null) {
            checks.add(place, "missing");
            return;
        }
        checks.required(Places.field(place, "question"), grid.question());
        checks.required(Places.field(place, "lowLabel"), grid.lowLabel());
        checks.required(Places.field(place, "highLabel"), grid.highLabel());
        if (grid.scaleMin() >= grid.scaleMax()) {
            checks.add(place, "scaleMin (" + grid.scaleMin() + ") must be less than scaleMax (" + grid.scaleMax() + ")");
        } else if (grid.scaleMin() < 0) {
            checks.add(Places.field(place, "scaleMin"), "must not be negative");
        } else if ((long) grid.scaleMax() - grid.scaleMin() + 1 > MAX_SCALE_POINTS) {
            checks.add(place, "a scale of " + ((long) grid.scaleMax() - grid.scaleMin() + 1)
                    + " points is too many to rate in a room; use at most " + MAX_SCALE_POINTS);
        }
    }

    static void citeOptional(Checks checks, String place, String id, Set<String> references) {
        if (!Checks.orEmpty(id).isEmpty()) {
            checks.cite(place, id, references, "reference", "references");
        }
    }

    private static <T> Set<String> idSet(List<T> items, Function<T, String> idOf) {
        return items.stream().map(idOf).map(Checks::orEmpty).collect(Collectors.toUnmodifiableSet());
    }
}
