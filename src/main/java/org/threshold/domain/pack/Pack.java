package org.threshold.domain.pack;

import java.util.List;
import java.util.Optional;

/** A scenario pack: the content a workshop is run from. See docs/pack-format.md. */
public record Pack(
        PackMetadata metadata,
        List<PackAgency> agencies,
        List<BasisLayer> basisLayers,
        List<Reference> references,
        List<Scenario> scenarios,
        Exercises exercises,
        WhereWeStand whereWeStand) {

    public Pack {
        agencies = List.copyOf(agencies);
        basisLayers = List.copyOf(basisLayers);
        references = List.copyOf(references);
        scenarios = List.copyOf(scenarios);
        whereWeStand = whereWeStand == null ? WhereWeStand.NONE : whereWeStand;
    }

    /** A pack without the optional "Where we stand" section. */
    public Pack(PackMetadata metadata, List<PackAgency> agencies, List<BasisLayer> basisLayers,
                List<Reference> references, List<Scenario> scenarios, Exercises exercises) {
        this(metadata, agencies, basisLayers, references, scenarios, exercises, WhereWeStand.NONE);
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<BasisLayer> layer(BasisLayerKind kind) {
        return basisLayers.stream().filter(l -> l.kind() == kind).findFirst();
    }

    /** The label of a choice in a layer, or the id itself when the pack no longer offers it. */
    public String basisLabel(BasisLayerKind kind, String id) {
        return layer(kind).flatMap(l -> l.choice(id)).map(LawfulBasis::label).orElse(id);
    }

    public Optional<Reference> reference(String id) {
        return references.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<PackAgency> agency(String id) {
        return agencies.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
