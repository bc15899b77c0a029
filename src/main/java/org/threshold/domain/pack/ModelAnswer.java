package org.threshold.domain.pack;

import java.util.List;

/** What appropriate sharing looked like across a scenario, citing the law and guidance. */
public record ModelAnswer(String text, List<String> references) {
    public ModelAnswer {
        references = List.copyOf(references);
    }
}
