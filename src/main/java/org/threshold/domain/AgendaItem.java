package org.threshold.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One item on a workshop's agenda.
 *
 * @param contentRef what the item draws from the session's content snapshot: a scenario id,
 *                   or a phase such as "baseline"/"follow-up" for measured exercises; empty when none
 * @param startedAt  when the facilitator first opened it in the room, or null
 * @param endedAt    when the facilitator moved on from it, or null
 */
public record AgendaItem(
        long id,
        int position,
        AgendaItemKind kind,
        String title,
        String contentRef,
        int plannedMinutes,
        Instant startedAt,
        Instant endedAt) {

    public AgendaItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        contentRef = contentRef == null ? "" : contentRef;
        if (plannedMinutes < 0) {
            throw new IllegalArgumentException("Planned minutes cannot be negative");
        }
    }

    /** An item not yet stored. */
    public static AgendaItem planned(AgendaItemKind kind, String title, String contentRef, int minutes) {
        return new AgendaItem(0, 0, kind, title, contentRef, minutes, null, null);
    }
}
