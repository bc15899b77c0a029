package org.threshold.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The scenario content a session used, frozen as the pack's JSON, so that a summary exported
 * a year later shows exactly what the room saw whatever happened to the pack since.
 */
public record ContentSnapshot(String packId, String packVersion, String packJson, Instant takenAt) {
    public ContentSnapshot {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(packVersion, "packVersion");
        Objects.requireNonNull(packJson, "packJson");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
