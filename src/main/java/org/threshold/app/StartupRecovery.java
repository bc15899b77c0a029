package org.threshold.app;

import java.nio.file.Path;
import java.time.Clock;
import org.threshold.domain.DisplayTheme;
import org.threshold.store.Backups;
import org.threshold.store.Leftovers;
import org.threshold.store.Recovery;

/**
 * The two ways forward from a damaged database at start-up, each ending with the data open:
 * restore the newest good backup, or set the damaged file aside and start afresh. Neither
 * deletes anything. Runs off the FX thread.
 */
final class StartupRecovery {
    /**
     * The data opened after recovering, what happened in words (which period is lost, where the
     * damaged file is), and the display settings read from it, so the FX thread need not.
     */
    record Outcome(Services services, String message, DisplayTheme theme, int fontSize) {
        static Outcome of(Services services, String message) {
            return new Outcome(services, message, services.display().theme(), services.display().fontSize());
        }
    }

    private final Path database;
    private final Clock clock;
    private final Backups backups;
    private final Leftovers leftovers;

    StartupRecovery(Path database, Clock clock, Leftovers leftovers) {
        this.database = database.toAbsolutePath();
        this.clock = clock;
        this.leftovers = leftovers;
        this.backups = new Backups(this.database.resolveSibling("backups"), clock);
    }

    /** Whether there is any backup to offer; whether it passes its check is found when restoring. */
    boolean hasBackups() {
        return !backups.list().isEmpty();
    }

    Outcome restoreNewestBackup() {
        Recovery.Report report = recovery().restoreNewestBackup();
        return Outcome.of(Services.open(database, clock, leftovers), report.message());
    }

    Outcome setAsideAndStartAfresh() {
        Recovery.Report report = recovery().setAsideAndStartAfresh();
        return Outcome.of(Services.open(database, clock, leftovers), report.message());
    }

    private Recovery recovery() {
        return new Recovery(database, backups, clock, clock.getZone());
    }
}
