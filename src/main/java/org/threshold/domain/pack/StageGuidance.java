package org.threshold.domain.pack;

import java.util.List;

/** Which options were appropriate at a stage, and why; shown only in the debrief. */
public record StageGuidance(List<String> appropriate, String why, List<String> references) {
    public StageGuidance {
        appropriate = List.copyOf(appropriate);
        references = List.copyOf(references);
    }
}
