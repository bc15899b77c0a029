package org.threshold.store;

import java.util.Optional;

/** Small app settings (theme, font size) kept with the data, so they travel with a copied database. */
public final class SettingsRepository {
    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(c -> Jdbc.one(c, "SELECT value FROM setting WHERE key = ?", row -> row.getString(1), key));
    }

    public void put(String key, String value) {
        database.write(c -> Jdbc.update(c, "INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value));
    }
}
