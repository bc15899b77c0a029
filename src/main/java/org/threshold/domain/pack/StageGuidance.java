package org.threshold.domain.pack;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which options were appropriate at a stage, and why; shown only in the debrief.
 *
 * @param bases the answers to each legal question the debrief expects, by layer; empty when the
 *              pack does not say
 */
public record StageGuidance(List<String> appropriate, String why, List<String> references,
                            Map<BasisLayerKind, List<String>> bases) {
    public StageGuidance {
        appropriate = List.copyOf(appropriate);
        references = List.copyOf(references);
        EnumMap<BasisLayerKind, List<String>> copy = new EnumMap<>(BasisLayerKind.class);
        bases.forEach((layer, ids) -> copy.put(layer, List.copyOf(ids)));
        bases = Collections.unmodifiableMap(copy);
    }

    public StageGuidance(List<String> appropriate, String why, List<String> references) {
        this(appropriate, why, references, Map.of());
    }

    public StageGuidance withAppropriate(List<String> newAppropriate) {
        return new StageGuidance(newAppropriate, why, references, bases);
    }

    public StageGuidance withWhy(String newWhy) {
        return new StageGuidance(appropriate, newWhy, references, bases);
    }

    public StageGuidance withReferences(List<String> newReferences) {
        return new StageGuidance(appropriate, why, newReferences, bases);
    }
}
