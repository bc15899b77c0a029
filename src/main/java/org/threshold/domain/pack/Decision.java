package org.threshold.domain.pack;

import java.util.List;
import java.util.Optional;

/** The question put to every agency at a stage, its options, and the model answer for the debrief. */
public record Decision(String question, List<DecisionOption> options, List<String> withWhom, StageGuidance guidance) {
    public Decision {
        options = List.copyOf(options);
        withWhom = List.copyOf(withWhom);
    }

    public Optional<DecisionOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
