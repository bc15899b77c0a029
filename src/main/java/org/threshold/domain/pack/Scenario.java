package org.threshold.domain.pack;

import java.util.List;

/** A fictional case revealed to the room in stages, with a decision from every agency at each. */
public record Scenario(
        String id,
        String title,
        String summary,
        List<String> themes,
        String ageGroup,
        List<Stage> stages,
        List<String> debriefQuestions,
        ModelAnswer modelAnswer) {

    public Scenario {
        themes = List.copyOf(themes);
        stages = List.copyOf(stages);
        debriefQuestions = List.copyOf(debriefQuestions);
    }
}
