package org.threshold.content;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.threshold.domain.pack.BasisLayer;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.LawfulBasis;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Stage;

/**
 * The rules for the legal questions a pack asks at every decision: each layer once, the lawful
 * basis always, and every answer offered in a layer names its source. A format 1 pack's one
 * mixed list is checked where the file has it, as "lawfulBases", by the rules of its day.
 */
final class BasisLayerRules {
    private BasisLayerRules() {
    }

    static void check(Checks checks, List<BasisLayer> layers, Set<String> references) {
        if (isFirstFormat(layers)) {
            singleList(checks, layers.get(0).choices(), references);
            return;
        }
        checks.count(Places.ROOT, "a pack", layers.size(), 1, Integer.MAX_VALUE, "basis layer", "basis layers");
        Set<BasisLayerKind> seen = new HashSet<>();
        for (int i = 0; i < layers.size(); i++) {
            BasisLayer layer = layers.get(i);
            String place = Places.index("basisLayers", i);
            if (!seen.add(layer.kind())) {
                checks.add(Places.field(place, "layer"), Places.quote(layer.kind().code()) + " is already listed; "
                        + "each layer appears once");
            }
            if (layer.kind() == BasisLayerKind.SINGLE_LIST) {
                checks.add(Places.field(place, "layer"), "the one mixed list of a format 1 pack cannot stand beside "
                        + "layers; move its choices into the layers they belong to");
            }
            choices(checks, place, layer, references);
        }
        if (!layers.isEmpty() && !seen.contains(BasisLayerKind.ARTICLE_6)) {
            checks.add("basisLayers", "no \"article-6\" layer; every sharing decision needs a lawful basis");
        }
    }

    private static void choices(Checks checks, String place, BasisLayer layer, Set<String> references) {
        List<LawfulBasis> choices = layer.choices();
        String listPlace = Places.field(place, "choices");
        checks.count(place, "a layer", choices.size(), 1, Integer.MAX_VALUE, "choice", "choices");
        checks.ids(listPlace, choices, LawfulBasis::id);
        for (int i = 0; i < choices.size(); i++) {
            String choicePlace = Places.index(listPlace, i);
            checks.required(Places.field(choicePlace, "label"), choices.get(i).label());
            checks.cite(Places.field(choicePlace, "reference"), Checks.orEmpty(choices.get(i).reference()), references,
                    "reference", "references");
        }
    }

    private static void singleList(Checks checks, List<LawfulBasis> bases, Set<String> references) {
        checks.count(Places.ROOT, "a pack", bases.size(), 1, Integer.MAX_VALUE, "lawful basis", "lawful bases");
        checks.ids("lawfulBases", bases, LawfulBasis::id);
        for (int i = 0; i < bases.size(); i++) {
            String place = Places.index("lawfulBases", i);
            checks.required(Places.field(place, "label"), bases.get(i).label());
            PackValidator.citeOptional(checks, Places.field(place, "reference"), bases.get(i).reference(), references);
        }
    }

    /**
     * A format 1 pack is written back as format 1, which has no place for what format 2 added:
     * a pack built in code with its bases in one list must not carry them, or they would be lost.
     */
    static void firstFormatOnly(Checks checks, Pack pack) {
        String needs = "needs pack format 2, whose bases are in layers; a pack with one list of bases is format 1";
        if (pack.metadata() != null && pack.metadata().lawCheckedOn() != null) {
            checks.add("metadata.lawCheckedOn", needs);
        }
        for (int s = 0; s < pack.scenarios().size(); s++) {
            List<Stage> stages = pack.scenarios().get(s).stages();
            for (int t = 0; t < stages.size(); t++) {
                Decision d = stages.get(t).decision();
                String place = Places.field(Places.index(Places.field(Places.index("scenarios", s), "stages"), t), "decision");
                if (d != null && d.asker().isPresent()) {
                    checks.add(Places.field(place, "requester"), needs);
                }
                if (d != null && !d.decidedBy().isEmpty()) {
                    checks.add(Places.field(place, "decidedBy"), needs);
                }
                if (d != null && d.guidance() != null && !d.guidance().bases().isEmpty()) {
                    checks.add(Places.field(Places.field(place, "guidance"), "bases"), needs);
                }
            }
        }
    }

    /** A format 1 pack: its bases are one list, and it is written back as format 1. */
    static boolean isFirstFormat(List<BasisLayer> layers) {
        return layers.size() == 1 && layers.get(0).kind() == BasisLayerKind.SINGLE_LIST;
    }

    /** The choice ids of each layer, for checking what a stage's guidance expects. */
    static Map<BasisLayerKind, Set<String>> choices(List<BasisLayer> layers) {
        Map<BasisLayerKind, Set<String>> ids = new EnumMap<>(BasisLayerKind.class);
        for (BasisLayer layer : layers) {
            ids.putIfAbsent(layer.kind(), layer.choices().stream().map(c -> Checks.orEmpty(c.id())).collect(Collectors.toSet()));
        }
        return ids;
    }
}
