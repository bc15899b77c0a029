package org.threshold.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.threshold.room.RoomLimits;
import org.threshold.room.RoomServer;
import org.threshold.store.Backups;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.store.PackRepository;
import org.threshold.store.SettingsRepository;
import org.threshold.ui.export.ExportDialogs;
import org.threshold.workshop.DisplayPreferences;
import org.threshold.workshop.ExampleWorkshop;
import org.threshold.workshop.ExportFolder;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionPlanner;
import org.threshold.workshop.backup.BackupService;
import org.threshold.workshop.phones.DeviceTokens;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.phones.PhonePreferences;
import org.threshold.workshop.run.WorkshopRunner;
import org.threshold.workshop.summary.ArchiveSession;
import org.threshold.workshop.summary.CompareSessions;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.summary.ImportArchive;
import org.threshold.workshop.summary.SummaryBuilder;

/** The composition root: the use cases every screen is given, wired once over one database. */
public final class Services implements AutoCloseable {
    private final Database database;
    private final SessionCatalog catalog;
    private final PackLibrary packs;
    private final ExampleWorkshop examples;
    private final DisplayPreferences display;
    private final SessionPlanner planner;
    private final WorkshopRunner runner;
    private final BackupService backups;
    private final PhoneAnswers phoneAnswers;
    private final PhonePreferences phonePreferences;
    private final RoomServer phoneServer;
    private final Clock clock;
    private final Leftovers leftovers;

    private Services(Database database, Clock clock, Leftovers leftovers) {
        this.database = database;
        this.catalog = new SessionCatalog(database, clock);
        this.packs = new PackLibrary(new PackRepository(database), clock, leftovers);
        this.examples = new ExampleWorkshop(database, packs, clock);
        this.display = new DisplayPreferences(new SettingsRepository(database));
        this.planner = new SessionPlanner(database, packs, clock);
        this.runner = new WorkshopRunner(database, planner, clock);
        // Beside the database, as the store's own backup before migrating: for the usual file, DataFolder#backups().
        this.backups = new BackupService(database, new Backups(database.file().resolveSibling("backups"), clock), clock);
        this.phoneAnswers = new PhoneAnswers(database, clock, new DeviceTokens(new java.security.SecureRandom()));
        this.phonePreferences = new PhonePreferences(new SettingsRepository(database));
        // Made now, listening nowhere until the facilitator turns phones on.
        this.phoneServer = new RoomServer(phoneAnswers, RoomLimits.standard());
        this.clock = clock;
        this.leftovers = leftovers;
    }

    /**
     * Opens the database; a StoreException carries the plain-English reason when it cannot be.
     *
     * @param leftovers where exports note their temporary files, so a crash's are cleared at the next start
     */
    public static Services open(Path databaseFile, Clock clock, Leftovers leftovers) {
        return new Services(Database.open(databaseFile), clock, leftovers);
    }

    /** As {@link #open(Path, Clock, Leftovers)}, noting nothing: for tests, which clear up after themselves. */
    public static Services open(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, Leftovers.none());
    }

    public Database database() {
        return database;
    }

    public SessionCatalog catalog() {
        return catalog;
    }

    public PackLibrary packs() {
        return packs;
    }

    public ExampleWorkshop examples() {
        return examples;
    }

    public DisplayPreferences display() {
        return display;
    }

    public SessionPlanner planner() {
        return planner;
    }

    public WorkshopRunner runner() {
        return runner;
    }

    public BackupService backups() {
        return backups;
    }

    /**
     * Opens the database for the app's start: checked at once only after an unclean close, else
     * by {@link Database#quickCheck()} once the window is up.
     */
    public static Services openAtStart(Path databaseFile, Clock clock, Leftovers leftovers) {
        return new Services(Database.openCheckingIfUnclean(databaseFile), clock, leftovers);
    }

    /** Phones in the room: joining, answering and moderation, as the phone server and the console both use them. */
    public PhoneAnswers phoneAnswers() {
        return phoneAnswers;
    }

    public PhonePreferences phonePreferences() {
        return phonePreferences;
    }

    public RoomServer phoneServer() {
        return phoneServer;
    }

    /** The same database file opened afresh, after a restore closed it. */
    public Services reopen() {
        return open(database.file(), clock, leftovers);
    }

    public Clock clock() {
        return clock;
    }

    /** Summary export, comparison and archives, read with the strict pack reader like the command line. */
    public ExportDialogs.UseCases exports() {
        ZoneId zone = ZoneId.systemDefault();
        SummaryBuilder builder = new SummaryBuilder(database, PackDecoder.strict(), clock, zone);
        return new ExportDialogs.UseCases(new ExportSession(database, builder, leftovers),
                new CompareSessions(database, builder, leftovers, clock, zone),
                new ArchiveSession(database, leftovers, clock),
                new ImportArchive(database, clock),
                new ExportFolder(new SettingsRepository(database),
                        ExportFolder.documentsIn(Path.of(System.getProperty("user.home")))));
    }

    @Override
    public void close() {
        phoneServer.stop();
        if (backups.isOpen()) {
            database.close();
        }
    }
}
