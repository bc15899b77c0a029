package org.threshold.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.threshold.domain.pack.BasisLayerKind;

/**
 * A table's answer to each legal question of a decision, one choice per layer. Stored in a
 * response's basis as {@code article-6=public-task;confidentiality=consent}; ids never hold
 * "=" or ";". A value without "=" is an answer from before layers existed, a choice from the
 * pack's one list, and reads as {@link BasisLayerKind#SINGLE_LIST}.
 */
public record BasisChoices(Map<BasisLayerKind, String> byLayer) {
    public static final BasisChoices NONE = new BasisChoices(Map.of());

    public BasisChoices {
        EnumMap<BasisLayerKind, String> copy = new EnumMap<>(BasisLayerKind.class);
        byLayer.forEach((layer, id) -> {
            if (id != null && !id.isBlank()) {
                copy.put(layer, id);
            }
        });
        byLayer = Collections.unmodifiableMap(copy);
    }

    /** Reads a stored basis; parts naming no known layer are kept out rather than guessed at. */
    public static BasisChoices parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        if (!stored.contains("=")) {
            return new BasisChoices(Map.of(BasisLayerKind.SINGLE_LIST, stored.strip()));
        }
        EnumMap<BasisLayerKind, String> choices = new EnumMap<>(BasisLayerKind.class);
        for (String part : stored.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                BasisLayerKind.byCode(part.substring(0, equals).strip())
                        .ifPresent(layer -> choices.put(layer, part.substring(equals + 1).strip()));
            }
        }
        return new BasisChoices(choices);
    }

    public String stored() {
        StringJoiner joined = new StringJoiner(";");
        byLayer.forEach((layer, id) -> joined.add(layer.code() + "=" + id));
        return joined.toString();
    }

    public Optional<String> choice(BasisLayerKind layer) {
        return Optional.ofNullable(byLayer.get(layer));
    }

    public boolean isEmpty() {
        return byLayer.isEmpty();
    }
}
