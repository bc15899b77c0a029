package org.threshold.store;

import java.time.Instant;
import java.util.List;
import org.threshold.domain.JournalEntry;

/** The append-only record of what the facilitator did and when; the schema refuses updates. */
public final class JournalRepository {
    private final Database database;

    public JournalRepository(Database database) {
        this.database = database;
    }

    public void append(long sessionId, String action, String detail, Instant at) {
        database.write(c -> Jdbc.update(c, "INSERT INTO journal (session_id, at, action, detail) VALUES (?, ?, ?, ?)",
                sessionId, at, action, detail == null ? "" : detail));
    }

    /** Only for purging a deleted session: the journal of a workshop no longer kept goes with it. */
    public void deleteForSession(long sessionId) {
        database.write(c -> Jdbc.update(c, "DELETE FROM journal WHERE session_id = ?", sessionId));
    }

    public List<JournalEntry> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT id, session_id, at, action, detail FROM journal "
                        + "WHERE session_id = ? ORDER BY id",
                row -> new JournalEntry(row.getLong("id"), row.getLong("session_id"), Jdbc.instant(row, "at"),
                        row.getString("action"), row.getString("detail")), sessionId));
    }
}
