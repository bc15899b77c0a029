package org.threshold.domain.pack;

import java.util.List;
import java.util.Optional;

/**
 * The question put to every agency at a stage, its options, and the model answer for the debrief.
 *
 * @param requester  who asked, when the decision is what to tell a third party; null otherwise
 * @param decidedBy  the agency whose action the question is about ("what would you want the GP
 *                   practice to do?"), or empty when each agency answers for itself
 */
public record Decision(String question, List<DecisionOption> options, List<String> withWhom, StageGuidance guidance,
                       Requester requester, String decidedBy) {
    public Decision {
        options = List.copyOf(options);
        withWhom = List.copyOf(withWhom);
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    /** A decision each agency answers for itself, asked by no third party. */
    public Decision(String question, List<DecisionOption> options, List<String> withWhom, StageGuidance guidance) {
        this(question, options, withWhom, guidance, null, "");
    }

    public Optional<DecisionOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Requester> asker() {
        return Optional.ofNullable(requester);
    }

    public Decision withQuestion(String newQuestion) {
        return new Decision(newQuestion, options, withWhom, guidance, requester, decidedBy);
    }

    /** A copy with other options and guidance, keeping who asked and who decides. */
    public Decision with(List<DecisionOption> newOptions, List<String> newWithWhom, StageGuidance newGuidance) {
        return new Decision(question, newOptions, newWithWhom, newGuidance, requester, decidedBy);
    }
}
