package org.threshold.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a facilitator types when planning a workshop; the store adds ids and timestamps.
 *
 * @param partnership the partnership it is for, so later workshops can be compared with it; may be empty
 */
public record SessionDetails(
        String title,
        LocalDate date,
        String venue,
        String facilitators,
        int plannedMinutes,
        int anonymityThreshold,
        String partnership) {

    public SessionDetails {
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title.strip();
        venue = venue == null ? "" : venue.strip();
        facilitators = facilitators == null ? "" : facilitators.strip();
        partnership = partnership == null ? "" : partnership.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A workshop needs a title");
        }
        if (plannedMinutes <= 0) {
            throw new IllegalArgumentException("The planned length must be more than zero minutes");
        }
        if (anonymityThreshold < 1) {
            throw new IllegalArgumentException("The anonymity threshold must be at least 1");
        }
    }

    /** Details with no partnership named. */
    public SessionDetails(String title, LocalDate date, String venue, String facilitators, int plannedMinutes,
                          int anonymityThreshold) {
        this(title, date, venue, facilitators, plannedMinutes, anonymityThreshold, "");
    }

    public static SessionDetails of(String title, LocalDate date, String venue, String facilitators) {
        return new SessionDetails(title, date, venue, facilitators,
                WorkshopSession.DEFAULT_PLANNED_MINUTES, WorkshopSession.DEFAULT_ANONYMITY_THRESHOLD);
    }
}
