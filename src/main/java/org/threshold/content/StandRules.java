package org.threshold.content;

import java.util.List;
import java.util.Set;
import org.threshold.domain.pack.JourneyStage;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;

/** The rules of docs/pack-format.md for the optional "Where we stand" section. */
final class StandRules {
    /** Fewer is no journey; more cannot be drawn as one line on a projector. */
    static final int MIN_STAGES = 3;
    static final int MAX_STAGES = 8;
    /** A short set: a room rates each one aloud, so a dozen is already a long round. */
    static final int MAX_STATEMENTS = 12;

    private final Checks checks;
    private final Set<String> references;

    StandRules(Checks checks, Set<String> references) {
        this.checks = checks;
        this.references = references;
    }

    void check(WhereWeStand section) {
        if (section.equals(WhereWeStand.NONE)) {
            return;
        }
        String place = StandMapper.FIELD;
        checks.required(Places.field(place, "journeyQuestion"), section.journeyQuestion());
        journey(Places.field(place, "journey"), section.journey());
        checks.required(Places.field(place, "readinessQuestion"), section.readinessQuestion());
        statements(Places.field(place, "statements"), section.statements());
        checks.optional(Places.field(place, "basedOn"), section.basedOn());
    }

    private void journey(String place, List<JourneyStage> stages) {
        checks.count(place, "a journey", stages.size(), MIN_STAGES, MAX_STAGES, "stage", "stages");
        checks.ids(place, stages, JourneyStage::id);
        for (int i = 0; i < stages.size(); i++) {
            String stage = Places.index(place, i);
            checks.required(Places.field(stage, "title"), stages.get(i).title());
            checks.required(Places.field(stage, "description"), stages.get(i).description());
        }
    }

    private void statements(String place, List<ReadinessStatement> statements) {
        checks.count(place, "a readiness check", statements.size(), 1, MAX_STATEMENTS, "statement", "statements");
        checks.ids(place, statements, ReadinessStatement::id);
        for (int i = 0; i < statements.size(); i++) {
            String statement = Places.index(place, i);
            ReadinessStatement s = statements.get(i);
            checks.required(Places.field(statement, "text"), s.text());
            checks.required(Places.field(statement, "evidence"), s.evidence());
            if (!s.area().isEmpty()) {
                checks.oneOf(Places.field(statement, "area"), s.area(), WhereWeStand.AREAS);
            }
            if (!s.reference().isEmpty()) {
                checks.cite(Places.field(statement, "reference"), s.reference(), references, "reference", "references");
            }
        }
    }
}
