package org.threshold.store;

import java.util.List;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;

/** Confidence on each key question, as counts per score per agency, before and after. */
public final class ConfidenceRepository {
    private final Database database;

    public ConfidenceRepository(Database database) {
        this.database = database;
    }

    /** Replaces one agency's counts for one item in one phase. */
    public void replace(long sessionId, MeasurePhase phase, String itemId, String agencyCode,
                        List<ConfidenceRating> counts) {
        database.write(c -> {
            Jdbc.update(c, "DELETE FROM confidence_rating WHERE session_id = ? AND phase = ? AND item_id = ? "
                    + "AND agency_code = ?", sessionId, phase, itemId, agencyCode);
            for (ConfidenceRating r : counts) {
                if (r.count() > 0) {
                    Jdbc.update(c, "INSERT INTO confidence_rating (session_id, phase, item_id, agency_code, score, count) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", sessionId, phase, itemId, agencyCode, r.score(), r.count());
                }
            }
            return null;
        });
    }

    public List<ConfidenceRating> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT phase, item_id, agency_code, score, count FROM confidence_rating "
                        + "WHERE session_id = ? ORDER BY phase, item_id, agency_code, score",
                row -> new ConfidenceRating(MeasurePhase.valueOf(row.getString("phase")), row.getString("item_id"),
                        row.getString("agency_code"), row.getInt("score"), row.getInt("count")), sessionId));
    }
}
