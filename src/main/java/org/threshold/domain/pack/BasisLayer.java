package org.threshold.domain.pack;

import java.util.List;
import java.util.Optional;

/** One legal question of a sharing decision and the answers a pack offers to it. */
public record BasisLayer(BasisLayerKind kind, List<LawfulBasis> choices) {
    public BasisLayer {
        choices = List.copyOf(choices);
    }

    public Optional<LawfulBasis> choice(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
