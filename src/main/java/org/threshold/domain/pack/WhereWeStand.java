package org.threshold.domain.pack;

import java.util.List;
import java.util.Optional;

/**
 * A pack's optional "Where we stand" section: the stages of the information-sharing journey
 * and the readiness statements each agency rates. A pack without it has {@link #NONE}.
 *
 * @param basedOn where the journey and statements come from, in a sentence for the room; may be empty
 */
public record WhereWeStand(String journeyQuestion, List<JourneyStage> journey, String readinessQuestion,
                           List<ReadinessStatement> statements, String basedOn) {
    public static final WhereWeStand NONE = new WhereWeStand("", List.of(), "", List.of(), "");
    /** The areas a statement may belong to: the three a readiness assessment weighs equally. */
    public static final List<String> AREAS = List.of("practice", "technology", "governance");

    public WhereWeStand {
        journeyQuestion = journeyQuestion == null ? "" : journeyQuestion;
        journey = List.copyOf(journey);
        readinessQuestion = readinessQuestion == null ? "" : readinessQuestion;
        statements = List.copyOf(statements);
        basedOn = basedOn == null ? "" : basedOn;
    }

    /** True when the pack carries the section, so the item can be run. */
    public boolean offered() {
        return !journey.isEmpty() || !statements.isEmpty();
    }

    public Optional<ReadinessStatement> statement(String id) {
        return statements.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The stage's position on the journey, from 0; -1 when the pack has no such stage. */
    public int stageIndex(String id) {
        for (int i = 0; i < journey.size(); i++) {
            if (journey.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
