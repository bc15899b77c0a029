package org.threshold.domain;

import java.time.Instant;
import java.util.Objects;

/** One facilitator action, recorded in an append-only journal. */
public record JournalEntry(long id, long sessionId, Instant at, String action, String detail) {
    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
    }
}
