package org.threshold.store;

/**
 * Damage to what is stored, done with straight SQL the way a disk fault, a hand edit or an older
 * version's rules would leave it, for the tests that check the app copes.
 */
public final class Tampering {
    private Tampering() {
    }

    /** Runs one statement against the database, bypassing every check the repositories make. */
    public static int update(Database database, String sql, Object... params) {
        return database.write(c -> Jdbc.update(c, sql, params));
    }
}
