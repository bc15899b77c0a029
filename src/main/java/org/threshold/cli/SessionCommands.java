package org.threshold.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import org.threshold.report.ReportFormat;
import org.threshold.store.DataFolder;
import org.threshold.store.Database;
import org.threshold.store.StoreException;
import org.threshold.workshop.DestinationExists;
import org.threshold.workshop.summary.SessionData;
import org.threshold.workshop.summary.SummaryException;

/** What the export, archive and compare commands share: opening the database, naming sessions and formats. */
final class SessionCommands {
    /** Lets an export replace a file, or an earlier CSV export, already at --out: a script cannot be asked. */
    static final String FORCE = "--force";
    /** Lets a command that changes a database start a new one at --db: a mistyped path is never created quietly. */
    static final String CREATE = "--create";
    private static final System.Logger LOG = System.getLogger(SessionCommands.class.getName());

    private SessionCommands() {
    }

    /**
     * Opens an existing database for reading only, runs the work, closes it, leaving nothing
     * beside the file; store and summary problems become one plain line. A mistyped path is
     * reported rather than answered with a new, empty database.
     */
    static <T> T withDatabase(Path file, Function<Database, T> work) throws CliException {
        if (!Files.isRegularFile(file)) {
            throw new CliException("There is no Threshold database at " + file
                    + ". Give --db the path of an existing database.", 2);
        }
        return plainly(() -> {
            try (Database database = Database.openForReading(file)) {
                return work.apply(database);
            }
        });
    }

    /**
     * Opens a database to change it. It is created only when asked ({@code --create}) or when it is
     * the default database in the data folder; a folder is never created.
     */
    static <T> T withDatabaseToChange(Path file, boolean create, Function<Database, T> work) throws CliException {
        DataFolder home = DataFolder.forThisUser();
        boolean usual = file.toAbsolutePath().equals(home.defaultDatabase());
        if (!Files.exists(file) && !create && !usual) {
            throw new CliException("There is no Threshold database at " + file + ". Check the path, or add " + CREATE
                    + " to start a new database there.", 2);
        }
        return plainly(() -> {
            if (usual) {
                home.create();
            }
            try (Database database = Database.open(file)) {
                return work.apply(database);
            }
        });
    }

    static <T> T plainly(Supplier<T> work) throws CliException {
        try {
            return work.get();
        } catch (DestinationExists e) {
            throw new CliException(e.path() + " already exists. Add " + FORCE + " to replace it.", 1);
        } catch (StoreException | SummaryException e) {
            // Kept with its causes for whoever supports the facilitator; the log holds no text of the files read.
            LOG.log(System.Logger.Level.INFO, "Refused: " + e.getMessage(), e);
            throw new CliException(e.getMessage(), 1);
        }
    }

    /** "latest" or a session number; resolved once the database is open. */
    static long sessionId(Database database, String text) {
        if ("latest".equalsIgnoreCase(text.strip())) {
            return SessionData.latest(database);
        }
        return parseId(text);
    }

    static long parseId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Reported below in the same words as a zero or negative number.
        }
        throw new SummaryException("\"" + text + "\" is not a session number; use a number from the session list, or latest.");
    }

    static ReportFormat format(String text) throws CliException {
        return ReportFormat.parse(text).orElseThrow(() ->
                new CliException("Unknown format \"" + text + "\"; use pdf, docx, html, md or csv."));
    }

    static void noPositionals(Arguments arguments) throws CliException {
        if (!arguments.positionals().isEmpty()) {
            throw new CliException("Unexpected " + String.join(" ", arguments.positionals()));
        }
    }
}
