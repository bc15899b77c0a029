package org.threshold.domain.pack;

import java.util.List;

/** A myth-or-fact statement with its answer, explanation and sources. */
public record MythItem(String id, String statement, boolean isMyth, String explanation, List<String> references) {
    public MythItem {
        references = List.copyOf(references);
    }
}
