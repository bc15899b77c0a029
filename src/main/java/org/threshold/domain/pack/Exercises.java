package org.threshold.domain.pack;

import java.util.List;

/** The non-scenario parts of a workshop that a pack supplies. */
public record Exercises(
        TrustGridSettings trustGrid,
        List<ConfidenceItem> confidenceItems,
        List<MythItem> mythOrFact,
        List<AgencyPrompt> agencyPrompts) {

    public Exercises {
        confidenceItems = List.copyOf(confidenceItems);
        mythOrFact = List.copyOf(mythOrFact);
        agencyPrompts = List.copyOf(agencyPrompts);
    }
}
