package org.threshold.store;

import java.util.List;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.TrustRating;

/** The agency-by-agency trust grid, before and after. */
public final class TrustRepository {
    private final Database database;

    public TrustRepository(Database database) {
        this.database = database;
    }

    public void save(long sessionId, TrustRating rating) {
        database.write(c -> Jdbc.update(c, "INSERT INTO trust_rating (session_id, phase, from_agency, to_agency, score, n, "
                        + "comment) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(session_id, phase, from_agency, to_agency) "
                        + "DO UPDATE SET score = excluded.score, n = excluded.n, comment = excluded.comment",
                sessionId, rating.phase(), rating.fromAgency(), rating.toAgency(), rating.score(), rating.n(),
                rating.comment()));
    }

    public void delete(long sessionId, MeasurePhase phase, String fromAgency, String toAgency) {
        database.write(c -> Jdbc.update(c, "DELETE FROM trust_rating WHERE session_id = ? AND phase = ? "
                + "AND from_agency = ? AND to_agency = ?", sessionId, phase, fromAgency, toAgency));
    }

    public List<TrustRating> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT phase, from_agency, to_agency, score, n, comment FROM trust_rating "
                        + "WHERE session_id = ? ORDER BY phase, from_agency, to_agency",
                row -> new TrustRating(MeasurePhase.valueOf(row.getString("phase")), row.getString("from_agency"),
                        row.getString("to_agency"), row.getInt("score"), row.getInt("n"), row.getString("comment")),
                sessionId));
    }
}
