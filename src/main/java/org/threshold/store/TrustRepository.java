package org.threshold.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.TrustRating;

/** The agency-by-agency trust grid, before and after. */
public final class TrustRepository {
    private final Database database;

    public TrustRepository(Database database) {
        this.database = database;
    }

    /** A pair holds a score or "don't know", never both: saving one clears the other. */
    public void save(long sessionId, TrustRating rating) {
        database.write(c -> {
            delete(c, rating.saysDontKnow() ? "trust_rating" : "trust_dont_know", sessionId, rating.phase(),
                    rating.fromAgency(), rating.toAgency());
            if (rating.saysDontKnow()) {
                return Jdbc.update(c, "INSERT INTO trust_dont_know (session_id, phase, from_agency, to_agency, n, comment) "
                                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(session_id, phase, from_agency, to_agency) "
                                + "DO UPDATE SET n = excluded.n, comment = excluded.comment",
                        sessionId, rating.phase(), rating.fromAgency(), rating.toAgency(), rating.n(), rating.comment());
            }
            return Jdbc.update(c, "INSERT INTO trust_rating (session_id, phase, from_agency, to_agency, score, n, "
                            + "comment) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(session_id, phase, from_agency, to_agency) "
                            + "DO UPDATE SET score = excluded.score, n = excluded.n, comment = excluded.comment",
                    sessionId, rating.phase(), rating.fromAgency(), rating.toAgency(), rating.score(), rating.n(),
                    rating.comment());
        });
    }

    public void delete(long sessionId, MeasurePhase phase, String fromAgency, String toAgency) {
        database.write(c -> delete(c, "trust_rating", sessionId, phase, fromAgency, toAgency)
                + delete(c, "trust_dont_know", sessionId, phase, fromAgency, toAgency));
    }

    /** Scores and "don't know" answers together, in phase and pair order. */
    public List<TrustRating> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT phase, from_agency, to_agency, score, n, comment FROM trust_rating "
                        + "WHERE session_id = ? UNION ALL SELECT phase, from_agency, to_agency, " + TrustRating.DONT_KNOW
                        + ", n, comment FROM trust_dont_know WHERE session_id = ? ORDER BY 1, 2, 3",
                row -> new TrustRating(MeasurePhase.valueOf(row.getString("phase")), row.getString("from_agency"),
                        row.getString("to_agency"), row.getInt("score"), row.getInt("n"), row.getString("comment")),
                sessionId, sessionId));
    }

    private static int delete(Connection c, String table, long sessionId, MeasurePhase phase, String from, String to)
            throws SQLException {
        return Jdbc.update(c, "DELETE FROM " + table + " WHERE session_id = ? AND phase = ? AND from_agency = ? "
                + "AND to_agency = ?", sessionId, phase, from, to);
    }
}
