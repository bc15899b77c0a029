package org.threshold.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Verified backups of the live database. A backup is only kept once it has been written by
 * SQLite itself (VACUUM INTO, never a copy of the open file), forced to disk, reopened and
 * checked in full, and its row counts match the live database; only then is it renamed into
 * place. Older backups are rotated out only after a new one has passed, so a failing disk
 * never costs the last good backup.
 */
public final class Backups {
    public static final int KEEP = 20;

    private static final System.Logger LOG = System.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("threshold-(\\d{8}-\\d{6}-\\d{3})(?:-(\\d+))?\\.db");
    private static final String TEMP_PREFIX = ".threshold-";

    private final Path folder;
    private final Clock clock;
    private final int keep;
    private final FileOps ops;

    /** Backups in {@code folder} (usually {@link DataFolder#backups()}), keeping the last {@value #KEEP}. */
    public Backups(Path folder, Clock clock) {
        this(folder, clock, KEEP, FileOps.REAL);
    }

    Backups(Path folder, Clock clock, int keep, FileOps ops) {
        if (keep < 1) {
            throw new IllegalArgumentException("At least one backup must be kept");
        }
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
        this.keep = keep;
        this.ops = ops;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Takes a verified backup of the database. Runs on the store thread between transactions, so
     * the backup holds whole transactions only, whatever other threads are saving meanwhile.
     *
     * @throws StoreException when the backup could not be made; earlier backups and the live database are untouched
     */
    public Backup take(Database database) {
        return database.read(this::take);
    }

    /** As {@link #take(Database)}, and never rotates out {@code alsoKeep}: the backup about to be restored. */
    public Backup takeKeeping(Database database, Backup alsoKeep) {
        return database.read(c -> take(c, alsoKeep.file().toAbsolutePath()));
    }

    Backup take(Connection connection) {
        return take(connection, null);
    }

    private Backup take(Connection connection, Path alsoKeep) {
        Instant now = clock.instant();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            removeStaleTemporaryFiles();
            Path target = freeName(now);
            temp = folder.resolve("." + target.getFileName() + ".tmp");
            vacuumInto(connection, temp);
            // The store thread runs nothing else meanwhile, so these are the counts the backup froze.
            Map<String, Long> expected = Verification.counts(connection);
            ops.force(temp);
            Verification.requireIntact(temp, expected);
            ops.replace(temp, target);
            temp = null;
            ops.forceFolderOrWarn(folder);
            rotate(target, alsoKeep);
            LOG.log(System.Logger.Level.DEBUG, "Backup verified and kept: " + target);
            return new Backup(target, now);
        } catch (SQLException e) {
            throw failed(SqliteErrors.isDiskFull(e), e.getMessage(), e);
        } catch (IOException e) {
            StoreException plain = AtomicFile.cannotWrite(folder, e);
            throw failed(plain.problem() == StoreProblem.DISK_FULL, e.getMessage(), e);
        } catch (Verification.Failed e) {
            throw new StoreException(StoreProblem.FAILED, "The backup Threshold just made did not pass its check ("
                    + e.getMessage() + "), so it was not kept. Your workshops are still safe in the database, and the "
                    + "earlier backups are unchanged. If this happens again, check the disk.", e);
        } finally {
            AtomicFile.deleteQuietly(temp);
        }
    }

    /** Every backup in the folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Named> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> parse(file).ifPresent(found::add));
        } catch (IOException e) {
            throw new StoreException(StoreProblem.FAILED, "Threshold cannot read the backups folder " + folder
                    + " (" + e.getMessage() + ").", e);
        }
        found.sort(Comparator.comparing(Named::takenAt).thenComparingInt(Named::sequence).reversed());
        return found.stream().map(n -> new Backup(n.file(), n.takenAt())).toList();
    }

    /** The newest backup that opens and passes a full integrity check now; damaged ones are skipped. */
    public Optional<Backup> newestGood() {
        for (Backup backup : list()) {
            try {
                Verification.requireIntact(backup.file(), null);
                return Optional.of(backup);
            } catch (Verification.Failed e) {
                LOG.log(System.Logger.Level.WARNING, "Skipping damaged backup " + backup.file() + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Rows in each table of a backup, by table name, read without changing it; empty when the
     * file cannot be read, so a list of backups still shows the rest.
     */
    public Map<String, Long> contents(Backup backup) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + backup.file().toAbsolutePath())) {
            return Verification.counts(connection);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read backup " + backup.file() + ": " + e.getMessage());
            return Map.of();
        }
    }

    /**
     * Puts a backup in place of the database at {@code database}, which must be closed (the app
     * lock makes sure). The backup is checked in full first and copied beside the database before
     * the rename, so a failure at any step leaves the database as it was. Take a backup of the
     * current state first: the replaced file is not kept anywhere else.
     *
     * @throws StoreException when the backup fails its check or cannot be copied; nothing is changed then
     */
    public void restore(Backup backup, Path database) {
        Path target = database.toAbsolutePath();
        try (AppLock lock = AppLock.acquire(target)) {
            try {
                Verification.requireIntact(backup.file(), null);
            } catch (Verification.Failed e) {
                throw new StoreException(StoreProblem.FAILED, "The backup " + backup.file().getFileName()
                        + " did not pass its check (" + e.getMessage() + "), so nothing was changed.", e);
            }
            for (String suffix : List.of("-wal", "-shm", "-journal")) {
                Path log = target.resolveSibling(target.getFileName() + suffix);
                // A clean close leaves no log; one left behind belongs to the old file and would be replayed into the backup.
                if (Files.exists(log)) {
                    throw new StoreException(StoreProblem.FAILED, "The database still has its log " + log.getFileName()
                            + " beside it, so Threshold did not restore over it. Nothing was changed.");
                }
            }
            // Written beside the database, forced and renamed into place: a failure leaves the old file whole.
            AtomicFile.write(target, out -> Files.copy(backup.file(), out));
        }
    }

    private static void vacuumInto(Connection connection, Path temp) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, temp.toString());
            statement.execute();
        }
    }

    private Path freeName(Instant now) {
        String stamp = STAMP.format(now);
        Path candidate = folder.resolve("threshold-" + stamp + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve("threshold-" + stamp + "-" + n + ".db");
        }
        return candidate;
    }

    /**
     * Keeps the newest {@code keep}. The backup just verified is never removed, even when a clock
     * set back makes it look older than the rest: it is the one known to be good today.
     */
    private void rotate(Path justMade, Path alsoKeep) {
        List<Backup> all = list();
        for (int i = keep; i < all.size(); i++) {
            Path file = all.get(i).file();
            if (!file.equals(justMade) && !file.equals(alsoKeep)) {
                AtomicFile.deleteQuietly(file);
            }
        }
    }

    /** A temporary file can only be left by a crash mid-backup; it was never verified, so it is not a backup. */
    private void removeStaleTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(TEMP_PREFIX) && f.toString().endsWith(".tmp"))
                    .forEach(AtomicFile::deleteQuietly);
        }
    }

    private StoreException failed(boolean diskFull, String reason, Exception cause) {
        String why = diskFull ? "the disk is full" : reason;
        return new StoreException(diskFull ? StoreProblem.DISK_FULL : StoreProblem.FAILED,
                "Threshold could not make a backup in " + folder + " (" + why + "). Your workshops are still safe in "
                        + "the database, and the earlier backups are unchanged.", cause);
    }

    private static Optional<Named> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Instant takenAt = Instant.from(STAMP.parse(m.group(1)));
        int sequence = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return Optional.of(new Named(file, takenAt, sequence));
    }

    private record Named(Path file, Instant takenAt, int sequence) {
    }
}
