package org.threshold.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Moderation;

/** Participants' own answers from their phones, and which questions the facilitator closed. */
public final class DeviceAnswerRepository {
    private static final String COLUMNS = "agenda_item_id, stage_index, device, part, agency_code, value, with_whom, "
            + "basis, confidence, text, moderation, recorded_at";

    private final Database database;

    public DeviceAnswerRepository(Database database) {
        this.database = database;
    }

    /**
     * Replaces one device's answer to one question with {@code parts} (one row per part): a changed
     * answer replaces the old one, and the same answer sent twice is stored once.
     */
    public void replace(long sessionId, DecisionKey key, String device, List<DeviceAnswer> parts, Instant now) {
        database.write(c -> {
            Jdbc.update(c, "DELETE FROM device_answer WHERE agenda_item_id = ? AND stage_index = ? AND device = ?",
                    key.agendaItemId(), key.stageIndex(), device);
            for (DeviceAnswer a : parts) {
                if (!a.key().equals(key) || !a.device().equals(device)) {
                    throw new IllegalArgumentException("An answer for another question or device was passed in");
                }
                Jdbc.update(c, "INSERT INTO device_answer (session_id, " + COLUMNS + ") "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        sessionId, key.agendaItemId(), key.stageIndex(), device, a.part(), a.agencyCode(), a.value(),
                        a.withWhom(), a.basis(), a.confidence(), a.text(), a.moderation(), now);
            }
            return null;
        });
    }

    public List<DeviceAnswer> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM device_answer WHERE session_id = ? "
                + "ORDER BY agenda_item_id, stage_index, recorded_at, device, part", DeviceAnswerRepository::map, sessionId));
    }

    public List<DeviceAnswer> listFor(DecisionKey key) {
        return database.read(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM device_answer WHERE agenda_item_id = ? "
                        + "AND stage_index = ? ORDER BY recorded_at, device, part", DeviceAnswerRepository::map,
                key.agendaItemId(), key.stageIndex()));
    }

    /** One device's answer to one question, its parts in order. */
    public List<DeviceAnswer> listFor(DecisionKey key, String device) {
        return database.read(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM device_answer WHERE agenda_item_id = ? "
                        + "AND stage_index = ? AND device = ? ORDER BY part", DeviceAnswerRepository::map,
                key.agendaItemId(), key.stageIndex(), device));
    }

    public boolean isClosed(DecisionKey key) {
        return database.read(c -> Jdbc.one(c, "SELECT 1 FROM answering_closed WHERE agenda_item_id = ? AND stage_index = ?",
                row -> true, key.agendaItemId(), key.stageIndex())).isPresent();
    }

    /** Sets the moderation of one device's open answer; false when that answer is no longer there. */
    public boolean moderate(DecisionKey key, String device, Moderation moderation) {
        return database.write(c -> Jdbc.update(c, "UPDATE device_answer SET moderation = ? WHERE agenda_item_id = ? "
                + "AND stage_index = ? AND device = ?", moderation, key.agendaItemId(), key.stageIndex(), device)) > 0;
    }

    public void close(DecisionKey key, Instant now) {
        database.write(c -> Jdbc.update(c, "INSERT INTO answering_closed (agenda_item_id, stage_index, closed_at) "
                + "VALUES (?, ?, ?) ON CONFLICT(agenda_item_id, stage_index) DO NOTHING",
                key.agendaItemId(), key.stageIndex(), now));
    }

    public void reopen(DecisionKey key) {
        database.write(c -> Jdbc.update(c, "DELETE FROM answering_closed WHERE agenda_item_id = ? AND stage_index = ?",
                key.agendaItemId(), key.stageIndex()));
    }

    public Set<DecisionKey> closed(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT x.agenda_item_id, x.stage_index FROM answering_closed x "
                        + "JOIN agenda_item a ON a.id = x.agenda_item_id WHERE a.session_id = ?",
                row -> new DecisionKey(row.getLong(1), row.getInt(2)), sessionId)).stream().collect(Collectors.toSet());
    }

    private static DeviceAnswer map(ResultSet row) throws SQLException {
        return new DeviceAnswer(new DecisionKey(row.getLong("agenda_item_id"), row.getInt("stage_index")),
                row.getString("device"), row.getString("agency_code"), row.getString("part"), row.getString("value"),
                row.getString("with_whom"), row.getString("basis"), row.getInt("confidence"), row.getString("text"),
                Moderation.valueOf(row.getString("moderation")), Jdbc.instant(row, "recorded_at"));
    }
}
