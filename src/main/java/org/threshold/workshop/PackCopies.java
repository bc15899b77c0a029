package org.threshold.workshop;

import java.util.Set;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackMetadata;

/** What a duplicated pack is called: an id no other pack has, and "(copy)" after the title. */
final class PackCopies {
    private static final int MAX_ID_LENGTH = 64;

    private PackCopies() {
    }

    static Pack copy(Pack source, Set<String> takenIds) {
        PackMetadata m = source.metadata();
        PackMetadata renamed = m.renamed(freeId(m.id(), takenIds), m.title() + " (copy)");
        return new Pack(renamed, source.agencies(), source.basisLayers(), source.references(), source.scenarios(),
                source.exercises(), source.whereWeStand());
    }

    static String freeId(String base, Set<String> taken) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? "-copy" : "-copy-" + n;
            String stem = base.length() + suffix.length() > MAX_ID_LENGTH
                    ? base.substring(0, MAX_ID_LENGTH - suffix.length()).replaceAll("-+$", "") : base;
            if (!taken.contains(stem + suffix)) {
                return stem + suffix;
            }
        }
    }
}
