package org.threshold.store;

import java.util.Optional;
import org.threshold.domain.ContentSnapshot;

/** The frozen copy of scenario content each session was run from. */
public final class SnapshotRepository {
    private final Database database;

    public SnapshotRepository(Database database) {
        this.database = database;
    }

    public void save(long sessionId, ContentSnapshot snapshot) {
        database.write(c -> Jdbc.update(c, "INSERT INTO content_snapshot (session_id, pack_id, pack_version, pack_json, "
                        + "taken_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET "
                        + "pack_id = excluded.pack_id, pack_version = excluded.pack_version, "
                        + "pack_json = excluded.pack_json, taken_at = excluded.taken_at",
                sessionId, snapshot.packId(), snapshot.packVersion(), snapshot.packJson(), snapshot.takenAt()));
    }

    public Optional<ContentSnapshot> find(long sessionId) {
        return database.read(c -> Jdbc.one(c, "SELECT pack_id, pack_version, pack_json, taken_at FROM content_snapshot "
                        + "WHERE session_id = ?",
                row -> new ContentSnapshot(row.getString("pack_id"), row.getString("pack_version"),
                        row.getString("pack_json"), Jdbc.instant(row, "taken_at")), sessionId));
    }
}
