package org.threshold.workshop.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threshold.store.Backup;
import org.threshold.store.BackupScheduler;
import org.threshold.store.Backups;
import org.threshold.store.Database;

/**
 * Backups while the app runs: taken by the scheduler's rule (every ten minutes while there are
 * changes, and when a session closes), on request, and restored on request. Every method touches
 * the disk, so call them off the FX thread.
 */
public final class BackupService {
    private static final List<String> ANSWER_TABLES = List.of("response", "trust_rating", "trust_dont_know",
            "confidence_rating", "myth_answer");

    private final Database database;
    private final Backups backups;
    private final BackupScheduler scheduler;
    private final Clock clock;
    private volatile boolean closed;

    public BackupService(Database database, Backups backups, Clock clock) {
        this.database = database;
        this.backups = backups;
        this.clock = clock;
        this.scheduler = new BackupScheduler(database, backups, clock.instant());
    }

    public Path folder() {
        return backups.folder();
    }

    /** The folder holding the database (and, usually, the backups folder). */
    public Path dataFolder() {
        return database.file().getParent();
    }

    /** Every backup, newest first, with what it holds. */
    public List<BackupSummary> list() {
        return backups.list().stream().map(this::summary).toList();
    }

    /** Takes a verified backup now, whether or not anything changed. */
    public BackupSummary backUpNow() {
        return summary(backups.take(database));
    }

    /** Called from the app's timer: backs up if ten minutes have passed and something changed. */
    public Optional<Instant> tick() {
        return closed ? Optional.empty() : scheduler.tick(clock.instant()).map(Backup::takenAt);
    }

    /** Called when the console is left, a workshop ended or the app closes: backs up if anything changed. */
    public Optional<Instant> sessionClosed() {
        return closed ? Optional.empty() : scheduler.sessionClosed(clock.instant()).map(Backup::takenAt);
    }

    /**
     * Backs up the current state, closes the database and puts {@code chosen} in its place. The
     * database stays closed: the app must open it again, which is how every screen comes to show
     * the restored data. When the safety backup fails nothing is closed or changed.
     *
     * @throws org.threshold.store.StoreException with the reason in words; check {@link #isOpen()} to know whether to reopen
     */
    public RestoreResult restore(BackupSummary chosen) {
        Backup backup = new Backup(chosen.file(), chosen.takenAt());
        Backup safety = backups.takeKeeping(database, backup);
        closed = true;
        database.close();
        backups.restore(backup, database.file());
        return new RestoreResult(chosen.takenAt(), safety.takenAt());
    }

    /** False once a restore has closed the database. */
    public boolean isOpen() {
        return !closed;
    }

    private BackupSummary summary(Backup backup) {
        Map<String, Long> counts = backups.contents(backup);
        long answers = ANSWER_TABLES.stream().mapToLong(t -> counts.getOrDefault(t, 0L)).sum();
        return new BackupSummary(backup.file(), backup.takenAt(), counts.getOrDefault("workshop_session", 0L), answers,
                counts.getOrDefault("note", 0L), !counts.isEmpty());
    }
}
