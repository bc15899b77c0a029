package org.threshold.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.threshold.report.ReportFormat;
import org.threshold.store.Database;
import org.threshold.store.StoreException;
import org.threshold.workshop.DestinationExists;
import org.threshold.workshop.summary.SessionData;
import org.threshold.workshop.summary.SummaryException;

/** What the export, archive and compare commands share: opening the database, naming sessions and formats. */
final class SessionCommands {
    /** Lets an export replace a file, or an earlier CSV export, already at --out: a script cannot be asked. */
    static final String FORCE = "--force";

    private SessionCommands() {
    }

    /**
     * Opens an existing database, runs the work, closes it; store and summary problems become one
     * plain line. A mistyped path is reported rather than answered with a new, empty database.
     */
    static <T> T withDatabase(Path file, Function<Database, T> work) throws CliException {
        if (!Files.isRegularFile(file)) {
            throw new CliException("There is no Threshold database at " + file
                    + ". Give --db the path of an existing database.", 2);
        }
        return withNewOrExistingDatabase(file, work);
    }

    /** As {@link #withDatabase}, creating the database when there is none: an archive may start a new installation. */
    static <T> T withNewOrExistingDatabase(Path file, Function<Database, T> work) throws CliException {
        try (Database database = Database.open(file)) {
            return work.apply(database);
        } catch (DestinationExists e) {
            throw new CliException(e.path() + " already exists. Add " + FORCE + " to replace it.", 1);
        } catch (StoreException | SummaryException e) {
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
