package org.threshold.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A note captured during the day.
 *
 * @param agendaItemId the item it belongs to, or 0 for the session as a whole
 * @param ownerAgency  for actions, the agency that owns it; otherwise empty
 */
public record Note(long id, long agendaItemId, NoteKind kind, String text, String ownerAgency, Instant createdAt) {
    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        ownerAgency = ownerAgency == null ? "" : ownerAgency;
    }
}
