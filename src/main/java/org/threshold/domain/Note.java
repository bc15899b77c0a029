package org.threshold.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A note captured during the day.
 *
 * @param agendaItemId the item it belongs to, or 0 for the session as a whole
 * @param ownerAgency  for actions, the agency that owns it; otherwise empty
 * @param statementId  for actions taken from a readiness statement, that statement's id; otherwise empty
 * @param due          for actions, the date it is due, or null
 */
public record Note(long id, long agendaItemId, NoteKind kind, String text, String ownerAgency, Instant createdAt,
                   String statementId, LocalDate due) {
    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        ownerAgency = ownerAgency == null ? "" : ownerAgency;
        statementId = statementId == null ? "" : statementId;
    }

    /** A note with no readiness statement and no due date. */
    public Note(long id, long agendaItemId, NoteKind kind, String text, String ownerAgency, Instant createdAt) {
        this(id, agendaItemId, kind, text, ownerAgency, createdAt, "", null);
    }

    public Note withId(long newId) {
        return new Note(newId, agendaItemId, kind, text, ownerAgency, createdAt, statementId, due);
    }
}
