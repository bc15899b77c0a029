package org.threshold.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.threshold.workshop.backup.BackupService;

/**
 * Drives the backup rule while the app runs, on a thread of its own (never the FX thread): a tick
 * every minute, which backs up once ten minutes have passed with changes, and a backup when a
 * session closes. Closing stops the timer and takes the closing backup before the database closes.
 */
final class AutoBackups implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AutoBackups.class.getName());

    private final Supplier<BackupService> current;
    // Not BackgroundWork: a timer that fires on its own, with no screen to hand a result back to.
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "threshold-backups");
        thread.setDaemon(true);
        return thread;
    });

    /** @param current the backups of the data open now: a restore replaces it */
    AutoBackups(Supplier<BackupService> current) {
        this.current = current;
    }

    void start() {
        timer.scheduleWithFixedDelay(() -> attempt("scheduled", false), 1, 1, TimeUnit.MINUTES);
    }

    /** The console was left or a workshop ended: worth a backup now if anything changed. */
    void sessionClosed() {
        if (!timer.isShutdown()) {
            timer.execute(() -> attempt("end of session", true));
        }
    }

    /** Runs before the database closes; waits for a backup already under way, then takes the closing one. */
    @Override
    public void close() {
        if (timer.isShutdown()) {
            return;
        }
        timer.execute(() -> attempt("closing", true));
        timer.shutdown();
        try {
            if (!timer.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.log(System.Logger.Level.WARNING, "The closing backup did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void attempt(String why, boolean sessionClosed) {
        try {
            BackupService backups = current.get();
            (sessionClosed ? backups.sessionClosed() : backups.tick())
                    .ifPresent(at -> LOG.log(System.Logger.Level.INFO, "Backup (" + why + ") taken at " + at));
        } catch (RuntimeException e) {
            // The scheduler tries again an interval later; the Backups screen shows what is kept.
            LOG.log(System.Logger.Level.WARNING, "Backup (" + why + ") failed: " + e.getMessage(), e);
        }
    }
}
