package org.threshold.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An action agreed at an earlier workshop of the same partnership, carried into a later one with
 * what became of it. The action's words travel with it, so the later session says what was
 * reviewed even where the earlier session is not in this database.
 *
 * @param fromSessionUid   the earlier session's uid
 * @param actionCreatedAt  when the action was noted there: with its text, it names the action
 * @param due              the date it was due, or null
 */
public record ActionReview(String fromSessionUid, String fromTitle, LocalDate fromDate, Instant actionCreatedAt,
                           String text, String ownerAgency, String statementId, LocalDate due, ActionStatus status) {
    public ActionReview {
        Objects.requireNonNull(fromSessionUid, "fromSessionUid");
        Objects.requireNonNull(fromDate, "fromDate");
        Objects.requireNonNull(actionCreatedAt, "actionCreatedAt");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        fromTitle = fromTitle == null ? "" : fromTitle;
        ownerAgency = ownerAgency == null ? "" : ownerAgency;
        statementId = statementId == null ? "" : statementId;
    }

    /** True when this review is of {@code action}, noted in the session {@code sessionUid}. */
    public boolean reviews(String sessionUid, Note action) {
        return fromSessionUid.equals(sessionUid) && actionCreatedAt.equals(action.createdAt())
                && text.equals(action.text());
    }
}
