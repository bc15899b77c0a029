package org.threshold.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;

/** A session's agenda. Items keep their ids through edits, so answers recorded against them stay put. */
public final class AgendaRepository {
    private final Database database;

    public AgendaRepository(Database database) {
        this.database = database;
    }

    /**
     * Saves the agenda in the given order: stored items (id > 0) are updated, new ones inserted,
     * and items no longer listed removed. Returns the agenda as stored.
     */
    public List<AgendaItem> save(long sessionId, List<AgendaItem> items) {
        return database.write(c -> {
            Set<Long> kept = new HashSet<>();
            List<AgendaItem> saved = new ArrayList<>();
            for (int position = 0; position < items.size(); position++) {
                AgendaItem item = items.get(position);
                long id = item.id();
                if (id > 0) {
                    Jdbc.update(c, "UPDATE agenda_item SET position = ?, kind = ?, title = ?, content_ref = ?, "
                                    + "planned_minutes = ? WHERE id = ? AND session_id = ?",
                            position, item.kind(), item.title(), item.contentRef(), item.plannedMinutes(), id, sessionId);
                } else {
                    id = Jdbc.insert(c, "INSERT INTO agenda_item (session_id, position, kind, title, content_ref, "
                                    + "planned_minutes, started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            sessionId, position, item.kind(), item.title(), item.contentRef(), item.plannedMinutes(),
                            item.startedAt(), item.endedAt());
                }
                kept.add(id);
                saved.add(new AgendaItem(id, position, item.kind(), item.title(), item.contentRef(),
                        item.plannedMinutes(), item.startedAt(), item.endedAt()));
            }
            for (AgendaItem old : list(sessionId)) {
                if (!kept.contains(old.id())) {
                    Jdbc.update(c, "DELETE FROM agenda_item WHERE id = ?", old.id());
                }
            }
            return saved;
        });
    }

    public List<AgendaItem> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT id, position, kind, title, content_ref, planned_minutes, "
                + "started_at, ended_at FROM agenda_item WHERE session_id = ? ORDER BY position",
                AgendaRepository::map, sessionId));
    }

    /** Every session's agenda, by session id, in one query. */
    public Map<Long, List<AgendaItem>> listAll() {
        return database.read(c -> Jdbc.grouped(c, "SELECT session_id, id, position, kind, title, content_ref, "
                + "planned_minutes, started_at, ended_at FROM agenda_item ORDER BY session_id, position",
                AgendaRepository::map));
    }

    /** Records when the item was first opened in the room; a later visit keeps the first time. */
    public void markStarted(long itemId, Instant at) {
        database.write(c -> Jdbc.update(c, "UPDATE agenda_item SET started_at = COALESCE(started_at, ?) WHERE id = ?",
                at, itemId));
    }

    /** Records one visit to the item as its time in the room: the runner keeps the longest, so visits never overlap. */
    public void recordVisit(long itemId, Instant from, Instant to) {
        database.write(c -> Jdbc.update(c, "UPDATE agenda_item SET started_at = ?, ended_at = ? WHERE id = ?",
                from, to, itemId));
    }

    private static AgendaItem map(ResultSet row) throws SQLException {
        return new AgendaItem(row.getLong("id"), row.getInt("position"), AgendaItemKind.valueOf(row.getString("kind")),
                row.getString("title"), row.getString("content_ref"), row.getInt("planned_minutes"),
                Jdbc.instant(row, "started_at"), Jdbc.instant(row, "ended_at"));
    }
}
