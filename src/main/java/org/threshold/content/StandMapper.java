package org.threshold.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threshold.domain.pack.JourneyStage;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;

/**
 * Reads a pack's optional "whereWeStand" section: the journey's stages and the readiness
 * statements. Shape only, as {@link PackMapper}; the rules between fields are {@link StandRules}'.
 */
final class StandMapper {
    static final String FIELD = "whereWeStand";
    private static final Set<String> SECTION = Set.of("journeyQuestion", "journey", "readinessQuestion",
            "statements", "basedOn");
    private static final Set<String> STAGE = Set.of("id", "title", "description");
    private static final Set<String> STATEMENT = Set.of("id", "text", "evidence", "area", "reference");

    private final Problems problems;

    StandMapper(Problems problems) {
        this.problems = problems;
    }

    /** The section, {@link WhereWeStand#NONE} when the pack leaves it out. */
    WhereWeStand map(Fields pack) {
        if (!pack.has(FIELD)) {
            return WhereWeStand.NONE;
        }
        Optional<Fields> fields = pack.object(FIELD, SECTION);
        if (fields.isEmpty()) {
            return WhereWeStand.NONE;
        }
        WhereWeStand section = section(fields.get());
        if (section.equals(WhereWeStand.NONE)) {
            // An empty section reads the same as none; say so rather than let the writer think it counts.
            problems.add(FIELD, "empty; give the journey and the statements, or leave the section out");
        }
        return section;
    }

    private WhereWeStand section(Fields f) {
        String journeyQuestion = f.text("journeyQuestion");
        List<JourneyStage> journey = f.list("journey", true, (node, place) -> open(node, place, STAGE)
                .map(s -> new JourneyStage(s.text("id"), s.text("title"), s.text("description"))).orElse(null));
        String readinessQuestion = f.text("readinessQuestion");
        List<ReadinessStatement> statements = f.list("statements", true, (node, place) -> open(node, place, STATEMENT)
                .map(s -> new ReadinessStatement(s.text("id"), s.text("text"), s.text("evidence"),
                        s.optionalText("area"), s.optionalText("reference"))).orElse(null));
        return new WhereWeStand(journeyQuestion, journey, readinessQuestion, statements, f.optionalText("basedOn"));
    }

    private Optional<Fields> open(com.fasterxml.jackson.databind.JsonNode node, String place, Set<String> allowed) {
        return Fields.open(node, place, problems, allowed);
    }
}
