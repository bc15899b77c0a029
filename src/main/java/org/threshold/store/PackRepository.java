package org.threshold.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Imported and customised packs; bundled packs are read from the application itself. */
public final class PackRepository {
    private final Database database;

    public PackRepository(Database database) {
        this.database = database;
    }

    /** The database the packs are kept in, which exporting a pack must never overwrite. */
    public Path databaseFile() {
        return database.file();
    }

    /** Saves in one statement, so an import either lands whole or not at all. */
    public void save(StoredPack pack) {
        database.write(c -> Jdbc.update(c, "INSERT INTO pack (id, title, version, origin, json, saved_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                        + "version = excluded.version, origin = excluded.origin, json = excluded.json, saved_at = excluded.saved_at",
                pack.id(), pack.title(), pack.version(), pack.origin(), pack.json(), pack.savedAt()));
    }

    /** Adds a pack only when no pack has its id yet, in one statement; false when one already had it. */
    public boolean insert(StoredPack pack) {
        return database.write(c -> Jdbc.update(c, "INSERT INTO pack (id, title, version, origin, json, saved_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING",
                pack.id(), pack.title(), pack.version(), pack.origin(), pack.json(), pack.savedAt())) > 0;
    }

    public Optional<StoredPack> find(String id) {
        return database.read(c -> Jdbc.one(c, "SELECT id, title, version, origin, json, saved_at FROM pack WHERE id = ?", PackRepository::map, id));
    }

    public List<StoredPack> list() {
        return database.read(c -> Jdbc.list(c, "SELECT id, title, version, origin, json, saved_at FROM pack ORDER BY title", PackRepository::map));
    }

    private static StoredPack map(ResultSet row) throws SQLException {
        return new StoredPack(row.getString("id"), row.getString("title"), row.getString("version"),
                row.getString("origin"), row.getString("json"), Jdbc.instant(row, "saved_at"));
    }

    public boolean delete(String id) {
        return database.write(c -> Jdbc.update(c, "DELETE FROM pack WHERE id = ?", id)) > 0;
    }
}
