package org.threshold.store;

import java.util.List;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;

/** The room's myth-or-fact answers, per agency and round. */
public final class MythAnswerRepository {
    private final Database database;

    public MythAnswerRepository(Database database) {
        this.database = database;
    }

    public void save(long sessionId, MythAnswer answer) {
        database.write(c -> Jdbc.update(c, "INSERT INTO myth_answer (session_id, phase, item_id, agency_code, said_myth, "
                        + "said_fact) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(session_id, phase, item_id, agency_code) "
                        + "DO UPDATE SET said_myth = excluded.said_myth, said_fact = excluded.said_fact",
                sessionId, answer.phase(), answer.itemId(), answer.agencyCode(), answer.saidMyth(), answer.saidFact()));
    }

    public List<MythAnswer> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT phase, item_id, agency_code, said_myth, said_fact FROM myth_answer "
                        + "WHERE session_id = ? ORDER BY phase, item_id, agency_code",
                row -> new MythAnswer(MeasurePhase.valueOf(row.getString("phase")), row.getString("item_id"),
                        row.getString("agency_code"), row.getInt("said_myth"), row.getInt("said_fact")), sessionId));
    }
}
