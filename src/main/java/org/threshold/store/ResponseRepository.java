package org.threshold.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;

/** Agencies' answers at decision points. */
public final class ResponseRepository {
    private static final String COLUMNS = "agenda_item_id, stage_index, agency_code, table_no, option_id, count, source, "
            + "with_whom, basis, confidence, rationale";

    private final Database database;

    public ResponseRepository(Database database) {
        this.database = database;
    }

    /**
     * Replaces one agency's answers at one decision point: entering a show of hands again, or
     * switching to a table decision, leaves no stale rows behind.
     */
    public void replaceAgencyAnswers(long sessionId, DecisionKey key, String agencyCode, List<Response> answers,
                                     Instant now) {
        database.write(c -> {
            Jdbc.update(c, "DELETE FROM response WHERE agenda_item_id = ? AND stage_index = ? AND agency_code = ?",
                    key.agendaItemId(), key.stageIndex(), agencyCode);
            for (Response r : answers) {
                if (!r.key().equals(key) || !r.agencyCode().equals(agencyCode)) {
                    throw new IllegalArgumentException("An answer for another decision or agency was passed in");
                }
                Jdbc.update(c, "INSERT INTO response (session_id, " + COLUMNS + ", recorded_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        sessionId, key.agendaItemId(), key.stageIndex(), agencyCode, r.tableNo(), r.optionId(),
                        r.count(), r.source(), r.withWhom(), r.basis(), r.confidence(), r.rationale(), now);
            }
            return null;
        });
    }

    public List<Response> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM response WHERE session_id = ? "
                + "ORDER BY agenda_item_id, stage_index, agency_code, table_no, option_id", ResponseRepository::map, sessionId));
    }

    /** One agenda item's answers, every stage: what the console needs when it opens or moves to the item. */
    public List<Response> listForItem(long sessionId, long agendaItemId) {
        return database.read(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM response WHERE session_id = ? "
                        + "AND agenda_item_id = ? ORDER BY stage_index, agency_code, table_no, option_id",
                ResponseRepository::map, sessionId, agendaItemId));
    }

    public List<Response> listFor(DecisionKey key) {
        return database.read(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM response WHERE agenda_item_id = ? "
                        + "AND stage_index = ? ORDER BY agency_code, table_no, option_id", ResponseRepository::map,
                key.agendaItemId(), key.stageIndex()));
    }

    private static Response map(ResultSet row) throws SQLException {
        return new Response(new DecisionKey(row.getLong("agenda_item_id"), row.getInt("stage_index")),
                row.getString("agency_code"), row.getInt("table_no"), row.getString("option_id"), row.getInt("count"),
                ResponseSource.valueOf(row.getString("source")), row.getString("with_whom"), row.getString("basis"),
                row.getInt("confidence"), row.getString("rationale"));
    }
}
