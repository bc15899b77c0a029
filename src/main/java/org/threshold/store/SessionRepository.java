package org.threshold.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;

/** Workshop sessions: their details, status and where the facilitator stopped. */
public final class SessionRepository {
    private static final String COLUMNS = "id, uid, title, session_date, venue, facilitators, planned_minutes, "
            + "status, anonymity_threshold, cursor_item, cursor_stage, created_at, updated_at, partnership";

    private final Database database;

    public SessionRepository(Database database) {
        this.database = database;
    }

    public WorkshopSession create(String uid, SessionDetails details, SessionStatus status, Instant now) {
        return database.write(c -> {
            long id = Jdbc.insert(c, "INSERT INTO workshop_session (uid, title, session_date, venue, facilitators, "
                            + "planned_minutes, status, anonymity_threshold, created_at, updated_at, partnership) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    uid, details.title(), details.date(), details.venue(), details.facilitators(),
                    details.plannedMinutes(), status, details.anonymityThreshold(), now, now, details.partnership());
            return new WorkshopSession(id, uid, details.title(), details.date(), details.venue(),
                    details.facilitators(), details.plannedMinutes(), status, details.anonymityThreshold(),
                    AgendaPosition.START, now, now, details.partnership());
        });
    }

    public Optional<WorkshopSession> find(long id) {
        return database.read(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM workshop_session WHERE id = ?",
                SessionRepository::map, id));
    }

    public Optional<WorkshopSession> findByUid(String uid) {
        return database.read(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM workshop_session WHERE uid = ?",
                SessionRepository::map, uid));
    }

    /** Newest first: the workshop a facilitator is most likely to want is at the top. */
    public List<WorkshopSession> list() {
        return database.read(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM workshop_session "
                + "ORDER BY session_date DESC, updated_at DESC", SessionRepository::map));
    }

    public void updateDetails(long id, SessionDetails details, Instant now) {
        database.write(c -> Jdbc.update(c, "UPDATE workshop_session SET title = ?, session_date = ?, venue = ?, "
                        + "facilitators = ?, planned_minutes = ?, anonymity_threshold = ?, partnership = ?, updated_at = ? "
                        + "WHERE id = ?", details.title(), details.date(), details.venue(), details.facilitators(),
                details.plannedMinutes(), details.anonymityThreshold(), details.partnership(), now, id));
    }

    public void setStatus(long id, SessionStatus status, Instant now) {
        database.write(c -> Jdbc.update(c, "UPDATE workshop_session SET status = ?, updated_at = ? WHERE id = ?",
                status, now, id));
    }

    public void savePosition(long id, AgendaPosition position, Instant now) {
        database.write(c -> Jdbc.update(c, "UPDATE workshop_session SET cursor_item = ?, cursor_stage = ?, "
                + "updated_at = ? WHERE id = ?", position.itemIndex(), position.stageIndex(), now, id));
    }

    /** Deletes the session and, through the foreign keys, everything recorded in it. */
    public boolean delete(long id) {
        return database.write(c -> Jdbc.update(c, "DELETE FROM workshop_session WHERE id = ?", id)) > 0;
    }

    private static WorkshopSession map(ResultSet row) throws SQLException {
        return new WorkshopSession(row.getLong("id"), row.getString("uid"), row.getString("title"),
                Jdbc.date(row, "session_date"), row.getString("venue"), row.getString("facilitators"),
                row.getInt("planned_minutes"), SessionStatus.valueOf(row.getString("status")),
                row.getInt("anonymity_threshold"),
                new AgendaPosition(row.getInt("cursor_item"), row.getInt("cursor_stage")),
                Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"), row.getString("partnership"));
    }
}
