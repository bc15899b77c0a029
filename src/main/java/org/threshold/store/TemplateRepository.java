package org.threshold.store;

import java.time.Instant;
import java.util.List;

/** Agendas saved by name for reuse; the agenda itself is kept as JSON written by the workshop layer. */
public final class TemplateRepository {
    private final Database database;

    public TemplateRepository(Database database) {
        this.database = database;
    }

    /** A saved agenda template. */
    public record Template(String name, String json, Instant savedAt) {
    }

    public void save(String name, String json, Instant now) {
        database.write(c -> Jdbc.update(c, "INSERT INTO agenda_template (name, json, saved_at) VALUES (?, ?, ?) "
                + "ON CONFLICT(name) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at", name, json, now));
    }

    public List<Template> list() {
        return database.read(c -> Jdbc.list(c, "SELECT name, json, saved_at FROM agenda_template ORDER BY name",
                row -> new Template(row.getString("name"), row.getString("json"), Jdbc.instant(row, "saved_at"))));
    }
}
