package org.threshold.store;

import java.util.List;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.ResponseSource;

/** "Where we stand": where each agency places the partnership on the journey, and its readiness ratings. */
public final class StandRepository {
    private final Database database;

    public StandRepository(Database database) {
        this.database = database;
    }

    /** Replaces all of one agency's journey placements. */
    public void replacePlacements(long sessionId, String agencyCode, List<JourneyPlacement> placements) {
        database.write(c -> {
            Jdbc.update(c, "DELETE FROM journey_placement WHERE session_id = ? AND agency_code = ?", sessionId, agencyCode);
            for (JourneyPlacement p : placements) {
                if (!p.agencyCode().equals(agencyCode)) {
                    throw new IllegalArgumentException("A placement for " + p.agencyCode() + " among " + agencyCode + "'s");
                }
                if (p.count() > 0) {
                    Jdbc.update(c, "INSERT INTO journey_placement (session_id, agency_code, table_no, stage_id, count, source) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", sessionId, agencyCode, p.tableNo(), p.stageId(), p.count(),
                            p.source());
                }
            }
            return null;
        });
    }

    public List<JourneyPlacement> placements(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT agency_code, table_no, stage_id, count, source FROM journey_placement "
                        + "WHERE session_id = ? ORDER BY agency_code, table_no, stage_id",
                row -> new JourneyPlacement(row.getString("agency_code"), row.getInt("table_no"), row.getString("stage_id"),
                        row.getInt("count"), ResponseSource.valueOf(row.getString("source"))), sessionId));
    }

    /** Replaces one agency's ratings of one statement. */
    public void replaceRatings(long sessionId, String statementId, String agencyCode, List<ReadinessRating> ratings) {
        database.write(c -> {
            Jdbc.update(c, "DELETE FROM readiness_rating WHERE session_id = ? AND statement_id = ? AND agency_code = ?",
                    sessionId, statementId, agencyCode);
            for (ReadinessRating r : ratings) {
                if (!r.agencyCode().equals(agencyCode) || !r.statementId().equals(statementId)) {
                    throw new IllegalArgumentException("A rating of another statement or agency among " + agencyCode + "'s");
                }
                if (r.count() > 0) {
                    Jdbc.update(c, "INSERT INTO readiness_rating (session_id, statement_id, agency_code, table_no, score, "
                            + "count, source) VALUES (?, ?, ?, ?, ?, ?, ?)", sessionId, statementId, agencyCode,
                            r.tableNo(), r.score(), r.count(), r.source());
                }
            }
            return null;
        });
    }

    public List<ReadinessRating> ratings(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT statement_id, agency_code, table_no, score, count, source "
                        + "FROM readiness_rating WHERE session_id = ? ORDER BY statement_id, agency_code, table_no, score",
                row -> new ReadinessRating(row.getString("statement_id"), row.getString("agency_code"),
                        row.getInt("table_no"), row.getInt("score"), row.getInt("count"),
                        ResponseSource.valueOf(row.getString("source"))), sessionId));
    }
}
