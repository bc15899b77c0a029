package org.threshold.ui.run.console;

import java.util.ArrayList;
import java.util.List;
import org.threshold.domain.pack.JourneyStage;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.stand.StandStep;

/** The facilitator's side of a "Where we stand" step: what each stage means, the evidence behind each statement. */
final class StandStepText {
    record Line(String text, String style) {
    }

    private StandStepText() {
    }

    static List<Line> describe(RunState state) {
        WhereWeStand section = state.pack().whereWeStand();
        StandStep step = StandStep.at(state.position().stageIndex());
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(step.heading() + " (step " + (step.ordinal() + 1) + " of " + StandStep.values().length + ")",
                "title-3"));
        if (!section.offered()) {
            lines.add(new Line("This workshop's content has no \u201cWhere we stand\u201d section, so there is nothing to "
                    + "ask. Choose a pack that has one in the plan, or remove the item.", "muted"));
            return lines;
        }
        switch (step) {
            case JOURNEY -> {
                lines.add(new Line(section.journeyQuestion(), "strong"));
                for (int i = 0; i < section.journey().size(); i++) {
                    JourneyStage stage = section.journey().get(i);
                    lines.add(new Line((i + 1) + "  " + stage.title() + ": " + stage.description(), "step-option"));
                }
                lines.add(new Line("Partnerships loop back through these stages. Where agencies differ is the "
                        + "discussion: ask each what it sees that the others do not.", "facilitator-note"));
            }
            case READINESS -> {
                lines.add(new Line(section.readinessQuestion() + " 1 not in place, 3 partly, 5 in place and we can show "
                        + "it; \u201cdon't know\u201d is an answer too.", "strong"));
                for (int i = 0; i < section.statements().size(); i++) {
                    ReadinessStatement s = section.statements().get(i);
                    lines.add(new Line((i + 1) + "  " + s.text(), "step-option"));
                    lines.add(new Line("Evidence: " + s.evidence() + (s.area().isEmpty() ? "" : " (" + s.area() + ")"),
                            "facilitator-note"));
                }
            }
            case ACTIONS -> lines.add(new Line("Take the weakest statements one at a time: what will be done, which "
                    + "agency owns it, and by when. The next workshop of this partnership reviews them.", "step-text"));
        }
        if (!section.basedOn().isBlank()) {
            lines.add(new Line(section.basedOn(), "muted"));
        }
        return lines;
    }
}
