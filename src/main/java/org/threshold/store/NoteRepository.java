package org.threshold.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;

/** Discussion points, key learning, actions, barriers and parking-lot items. */
public final class NoteRepository {
    private final Database database;

    public NoteRepository(Database database) {
        this.database = database;
    }

    public Note add(long sessionId, Note note) {
        return database.write(c -> {
            long id = Jdbc.insert(c, "INSERT INTO note (session_id, agenda_item_id, kind, text, owner_agency, created_at, "
                            + "statement_id, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sessionId, note.agendaItemId(),
                    note.kind(), note.text(), note.ownerAgency(), note.createdAt(), note.statementId(), note.due());
            return note.withId(id);
        });
    }

    public void update(Note note) {
        database.write(c -> Jdbc.update(c, "UPDATE note SET kind = ?, text = ?, owner_agency = ?, statement_id = ?, "
                + "due_date = ? WHERE id = ?", note.kind(), note.text(), note.ownerAgency(), note.statementId(), note.due(),
                note.id()));
    }

    /** Deleted notes are overwritten in the file too (secure_delete), so they do not linger in backups. */
    public void delete(long noteId) {
        database.write(c -> Jdbc.update(c, "DELETE FROM note WHERE id = ?", noteId));
    }

    public List<Note> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT id, agenda_item_id, kind, text, owner_agency, created_at, statement_id, "
                + "due_date FROM note "
                + "WHERE session_id = ? ORDER BY id", NoteRepository::map, sessionId));
    }

    private static Note map(ResultSet row) throws SQLException {
        return new Note(row.getLong("id"), row.getLong("agenda_item_id"), NoteKind.valueOf(row.getString("kind")),
                row.getString("text"), row.getString("owner_agency"), Jdbc.instant(row, "created_at"),
                row.getString("statement_id"), Jdbc.optionalDate(row, "due_date"));
    }
}
