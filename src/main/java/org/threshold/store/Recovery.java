package org.threshold.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What to do when the database will not open because it is damaged: set the damaged file
 * aside with its journal files (never delete them: someone may yet rescue data from them) and
 * put the newest backup that passes a full check in its place, saying plainly which period of
 * work the backup does not hold. Starting afresh is offered only as a separate, explicit choice.
 */
public final class Recovery {
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");
    private static final DateTimeFormatter FOLDER_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * @param setAsideIn   the folder now holding the damaged file and its journal files
     * @param restoredFrom the backup put in its place, if any
     * @param lostFrom     start of the period the restored database does not hold (the backup's time)
     * @param lostUntil    the damaged file's last change
     * @param message      all of the above in words for the facilitator
     */
    public record Report(Path setAsideIn, Optional<Backup> restoredFrom, Optional<Instant> lostFrom, Instant lostUntil,
                         String message) {
    }

    private final Path database;
    private final Backups backups;
    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter shown;

    public Recovery(Path database, Backups backups, Clock clock, ZoneId zone) {
        this.database = database.toAbsolutePath();
        this.backups = backups;
        this.clock = clock;
        this.zone = zone;
        this.shown = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK).withZone(zone);
    }

    /**
     * Sets the damaged database aside and restores the newest good backup.
     *
     * @throws StoreException when there is no good backup or the file is not damaged; nothing is changed then
     */
    public Report restoreNewestBackup() {
        try (AppLock lock = AppLock.acquire(database)) {
            requireDamaged();
            Backup backup = backups.newestGood().orElseThrow(() -> new StoreException(StoreProblem.FAILED,
                    "There is no backup that passes its check in " + backups.folder() + ", so nothing was changed. "
                            + "Threshold can set the damaged file aside and start with an empty database instead."));
            Instant lastChange = lastChange();
            // Copy first: if the copy fails, the damaged file is still where it was and nothing is half done.
            Path staged = database.resolveSibling("." + database.getFileName() + ".restore.tmp");
            AtomicFile.write(staged, out -> Files.copy(backup.file(), out));
            try {
                Path aside = setAside();
                FileOps.REAL.replace(staged, database);
                FileOps.REAL.forceFolderOrWarn(database.getParent());
                String message = "The database was damaged, so Threshold set it aside in " + aside
                        + " (nothing was deleted) and restored the backup from " + shown.format(backup.takenAt()) + ". "
                        + lostPeriod(backup.takenAt(), lastChange);
                return new Report(aside, Optional.of(backup), Optional.of(backup.takenAt()), lastChange, message);
            } catch (IOException e) {
                throw cannotMove(e);
            } finally {
                AtomicFile.deleteQuietly(staged);
            }
        }
    }

    /** Sets the damaged database aside so Threshold starts with an empty one; for when there is no backup. */
    public Report setAsideAndStartAfresh() {
        try (AppLock lock = AppLock.acquire(database)) {
            requireDamaged();
            Instant lastChange = lastChange();
            Path aside = setAside();
            String message = "The database was damaged, so Threshold set it aside in " + aside
                    + " (nothing was deleted) and will start with an empty one. Everything saved up to "
                    + shown.format(lastChange) + " is only in the damaged file.";
            return new Report(aside, Optional.empty(), Optional.empty(), lastChange, message);
        } catch (IOException e) {
            throw cannotMove(e);
        }
    }

    private String lostPeriod(Instant backupTime, Instant lastChange) {
        if (!lastChange.isAfter(backupTime)) {
            return "The damaged file was last changed before that backup, so no work is missing.";
        }
        return "Anything saved between " + shown.format(backupTime) + " and " + shown.format(lastChange)
                + " is not in the restored database; it may still be in the damaged file.";
    }

    /** A healthy file is never swapped for an older backup, whatever the caller believed. */
    private void requireDamaged() {
        if (!Files.exists(database)) {
            return;
        }
        try {
            Verification.requireIntact(database, null);
        } catch (Verification.Failed damaged) {
            return;
        }
        throw new StoreException(StoreProblem.FAILED, "The database " + database + " passes its check, so Threshold "
                + "did not replace it with a backup. Nothing was changed.");
    }

    /**
     * The newest date among the file and its non-empty logs. An empty log holds no work: the
     * failed attempt to open the damaged file may just have created it.
     */
    private Instant lastChange() {
        Instant latest = Instant.EPOCH;
        for (String suffix : List.of("", "-wal", "-journal")) {
            Path file = companion(suffix);
            try {
                if (Files.exists(file) && (suffix.isEmpty() || Files.size(file) > 0)) {
                    Instant modified = Files.getLastModifiedTime(file).toInstant();
                    latest = modified.isAfter(latest) ? modified : latest;
                }
            } catch (IOException e) {
                // A file whose date cannot be read adds nothing to the period reported.
            }
        }
        return latest;
    }

    /**
     * Moves the journal files before the main file: a log left beside a restored database would
     * be replayed into it. They keep their names together, so the set can still be opened as one.
     */
    private Path setAside() throws IOException {
        Path aside = database.resolveSibling("damaged")
                .resolve(FOLDER_STAMP.format(clock.instant().atZone(zone)));
        for (int n = 2; Files.exists(aside); n++) {
            aside = aside.resolveSibling(aside.getFileName() + "-" + n);
        }
        Files.createDirectories(aside);
        for (String suffix : COMPANIONS) {
            moveIfPresent(companion(suffix), aside);
        }
        moveIfPresent(database, aside);
        FileOps.REAL.forceFolderOrWarn(aside);
        FileOps.REAL.forceFolderOrWarn(database.getParent());
        return aside;
    }

    private static void moveIfPresent(Path file, Path folder) throws IOException {
        if (Files.exists(file)) {
            Files.move(file, folder.resolve(file.getFileName()));
        }
    }

    private Path companion(String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    private StoreException cannotMove(IOException e) {
        return new StoreException(StoreProblem.FAILED, "Threshold could not set the damaged database aside ("
                + e.getMessage() + "). Nothing was deleted. Close other programs that may be using " + database
                + " and try again.", e);
    }
}
