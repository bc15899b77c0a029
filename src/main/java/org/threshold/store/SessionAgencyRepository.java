package org.threshold.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.threshold.domain.SessionAgency;

/** The agencies present at a session, in the order the facilitator listed them. */
public final class SessionAgencyRepository {
    private final Database database;

    public SessionAgencyRepository(Database database) {
        this.database = database;
    }

    public void replaceAll(long sessionId, List<SessionAgency> agencies) {
        database.write(c -> {
            Jdbc.update(c, "DELETE FROM session_agency WHERE session_id = ?", sessionId);
            for (int i = 0; i < agencies.size(); i++) {
                SessionAgency a = agencies.get(i);
                Jdbc.update(c, "INSERT INTO session_agency (session_id, code, name, headcount, tables, position) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", sessionId, a.code(), a.name(), a.headcount(), a.tables(), i);
            }
            return null;
        });
    }

    public List<SessionAgency> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT code, name, headcount, tables FROM session_agency "
                        + "WHERE session_id = ? ORDER BY position", SessionAgencyRepository::map, sessionId));
    }

    /** Every session's agencies, by session id, in one query: a list of many workshops costs no more queries than one. */
    public Map<Long, List<SessionAgency>> listAll() {
        return database.read(c -> Jdbc.grouped(c, "SELECT session_id, code, name, headcount, tables FROM session_agency "
                + "ORDER BY session_id, position", SessionAgencyRepository::map));
    }

    private static SessionAgency map(ResultSet row) throws SQLException {
        return new SessionAgency(row.getString("code"), row.getString("name"), row.getInt("headcount"), row.getInt("tables"));
    }
}
