package org.threshold.store;

import java.util.List;
import org.threshold.domain.ActionReview;
import org.threshold.domain.ActionStatus;

/** What became of an earlier workshop's actions, kept with the later workshop that reviewed them. */
public final class ActionReviewRepository {
    private final Database database;

    public ActionReviewRepository(Database database) {
        this.database = database;
    }

    /** Records or changes what became of one action. */
    public void save(long sessionId, ActionReview review) {
        database.write(c -> Jdbc.update(c, "INSERT INTO action_review (session_id, from_session_uid, from_title, from_date, "
                        + "action_created_at, text, owner_agency, statement_id, due_date, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(session_id, from_session_uid, action_created_at, text) DO UPDATE SET "
                        + "status = excluded.status, owner_agency = excluded.owner_agency, due_date = excluded.due_date",
                sessionId, review.fromSessionUid(), review.fromTitle(), review.fromDate(), review.actionCreatedAt(),
                review.text(), review.ownerAgency(), review.statementId(), review.due(), review.status()));
    }

    /** Takes back a status set by mistake: the action is again "not reported". */
    public void clear(long sessionId, ActionReview review) {
        database.write(c -> Jdbc.update(c, "DELETE FROM action_review WHERE session_id = ? AND from_session_uid = ? "
                        + "AND action_created_at = ? AND text = ?", sessionId, review.fromSessionUid(),
                review.actionCreatedAt(), review.text()));
    }

    public List<ActionReview> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT from_session_uid, from_title, from_date, action_created_at, text, "
                        + "owner_agency, statement_id, due_date, status FROM action_review WHERE session_id = ? "
                        + "ORDER BY from_date, action_created_at, text",
                row -> new ActionReview(row.getString("from_session_uid"), row.getString("from_title"),
                        Jdbc.date(row, "from_date"), Jdbc.instant(row, "action_created_at"), row.getString("text"),
                        row.getString("owner_agency"), row.getString("statement_id"), Jdbc.optionalDate(row, "due_date"),
                        ActionStatus.valueOf(row.getString("status"))), sessionId));
    }
}
