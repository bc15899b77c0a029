package org.threshold.store;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.threshold.domain.DecisionKey;

/** Which results the facilitator has shown the room; kept so a resumed session shows the same. */
public final class RevealRepository {
    private final Database database;

    public RevealRepository(Database database) {
        this.database = database;
    }

    public void reveal(DecisionKey key, Instant at) {
        database.write(c -> Jdbc.update(c, "INSERT INTO reveal (agenda_item_id, stage_index, revealed_at) VALUES (?, ?, ?) "
                + "ON CONFLICT(agenda_item_id, stage_index) DO NOTHING", key.agendaItemId(), key.stageIndex(), at));
    }

    public void hide(DecisionKey key) {
        database.write(c -> Jdbc.update(c, "DELETE FROM reveal WHERE agenda_item_id = ? AND stage_index = ?",
                key.agendaItemId(), key.stageIndex()));
    }

    public Set<DecisionKey> revealed(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT r.agenda_item_id, r.stage_index FROM reveal r "
                        + "JOIN agenda_item a ON a.id = r.agenda_item_id WHERE a.session_id = ?",
                row -> new DecisionKey(row.getLong(1), row.getInt(2)), sessionId)).stream().collect(Collectors.toSet());
    }
}
