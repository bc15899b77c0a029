package org.threshold.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Decides when to back up: every ten minutes while there are changes no backup holds yet, and at
 * once when a session is closed. It holds no timer of its own: the app calls {@link #tick} from
 * whatever timer it already has, with the time, so the rule can be tested without waiting.
 */
public final class BackupScheduler {
    public static final Duration INTERVAL = Duration.ofMinutes(10);

    private final LongSupplier changeCounter;
    private final Supplier<Backup> takeBackup;
    private final Duration interval;
    private long changesAtLastBackup;
    private Instant lastAttempt;

    /** Backs up {@code database} into {@code backups}; {@code now} starts the first interval. */
    public BackupScheduler(Database database, Backups backups, Instant now) {
        this(() -> changeCount(database), () -> backups.take(database), INTERVAL, now);
    }

    BackupScheduler(LongSupplier changeCounter, Supplier<Backup> takeBackup, Duration interval, Instant now) {
        this.changeCounter = changeCounter;
        this.takeBackup = takeBackup;
        this.interval = interval;
        this.changesAtLastBackup = changeCounter.getAsLong();
        this.lastAttempt = now;
    }

    /**
     * Backs up if anything changed since the last backup and a full interval has passed since the
     * last attempt; a failed attempt waits a full interval too, rather than retrying on every tick.
     *
     * @throws StoreException when a due backup fails; the changes stay due for the next interval
     */
    public synchronized Optional<Backup> tick(Instant now) {
        if (now.isBefore(lastAttempt.plus(interval))) {
            return Optional.empty();
        }
        return backUpIfChanged(now);
    }

    /** Backs up at once if anything changed since the last backup: the end of a session is worth keeping. */
    public synchronized Optional<Backup> sessionClosed(Instant now) {
        return backUpIfChanged(now);
    }

    /** Whether there are changes the newest backup does not hold. */
    public synchronized boolean hasChangesSinceBackup() {
        return changeCounter.getAsLong() != changesAtLastBackup;
    }

    private Optional<Backup> backUpIfChanged(Instant now) {
        // Read before the backup: a change saved in between is then counted as not yet backed up,
        // which costs at most one extra backup, never a missed one.
        long changes = changeCounter.getAsLong();
        if (changes == changesAtLastBackup) {
            return Optional.empty();
        }
        lastAttempt = now;
        Backup backup = takeBackup.get();
        changesAtLastBackup = changes;
        return Optional.of(backup);
    }

    /** Rows inserted, updated or deleted through this connection since it opened. */
    private static long changeCount(Database database) {
        return database.read(c -> {
            try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery("SELECT total_changes()")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
