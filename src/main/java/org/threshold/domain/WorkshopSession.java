package org.threshold.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One workshop day. Holds no participant names: only who facilitated, where and when.
 *
 * @param uid a random identifier that travels with session archives, so that an import
 *            into another installation never clashes with local row ids
 * @param anonymityThreshold agency breakdowns with fewer answers than this are merged or hidden
 * @param partnership the partnership the workshop is for: sessions with the same name (ignoring case
 *                    and spacing) are the same partnership over time; empty when not given
 */
public record WorkshopSession(
        long id,
        String uid,
        String title,
        LocalDate date,
        String venue,
        String facilitators,
        int plannedMinutes,
        SessionStatus status,
        int anonymityThreshold,
        AgendaPosition position,
        Instant createdAt,
        Instant updatedAt,
        String partnership) {

    public static final int DEFAULT_ANONYMITY_THRESHOLD = 3;
    public static final int DEFAULT_PLANNED_MINUTES = 210;

    public WorkshopSession {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        venue = venue == null ? "" : venue;
        facilitators = facilitators == null ? "" : facilitators;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(position, "position");
        partnership = partnership == null ? "" : partnership.strip();
        if (anonymityThreshold < 1) {
            throw new IllegalArgumentException("The anonymity threshold must be at least 1");
        }
    }

    /** A session not tied to a named partnership. */
    public WorkshopSession(long id, String uid, String title, LocalDate date, String venue, String facilitators,
                           int plannedMinutes, SessionStatus status, int anonymityThreshold, AgendaPosition position,
                           Instant createdAt, Instant updatedAt) {
        this(id, uid, title, date, venue, facilitators, plannedMinutes, status, anonymityThreshold, position,
                createdAt, updatedAt, "");
    }
}
