package org.threshold.workshop.summary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.ReportFiles;
import org.threshold.report.ReportFormat;
import org.threshold.report.SafeFileNames;
import org.threshold.report.SessionSummary;
import org.threshold.store.AtomicFile;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.workshop.DestinationExists;

/**
 * Exports one session's summary as PDF, Word, HTML, Markdown or CSV data. Runs off the UI
 * thread; reports its steps to a plain callback that the UI can turn into a progress bar.
 */
public final class ExportSession {
    private static final int STEPS = 3;

    private final Database database;
    private final SummaryBuilder builder;
    private final AtomicFile files;

    /** @param leftovers where a temporary file is noted, so one left by a crash is cleared at the next start */
    public ExportSession(Database database, SummaryBuilder builder, Leftovers leftovers) {
        this.database = database;
        this.builder = builder;
        this.files = AtomicFile.forExports(database.file(), leftovers);
    }

    public ExportSession(Database database, SummaryBuilder builder) {
        this(database, builder, Leftovers.none());
    }

    /**
     * @param target     a file, or an existing folder in which a name is made from the session title;
     *                   for CSV, the folder that receives the data files
     * @param mayReplace whether a file (or an earlier CSV export) already there may be replaced;
     *                   when not, {@link DestinationExists} is thrown before any work is done
     * @return the files written
     */
    public List<Path> export(long sessionId, ReportFormat format, Path target, boolean includeNotes, boolean mayReplace,
                             Consumer<ProgressStep> progress) {
        progress.accept(new ProgressStep(0, STEPS, "Reading the session"));
        SessionData data = SessionData.read(database, sessionId);
        Path destination = destination(data.session(), format, target);
        DestinationExists.whenWriting(destination, () -> files.check(destination, format.isFolder(), mayReplace));
        progress.accept(new ProgressStep(1, STEPS, "Working out the results"));
        SessionSummary summary = builder.build(data, includeNotes);
        progress.accept(new ProgressStep(2, STEPS, "Writing " + destination.getFileName()));
        List<Path> written = DestinationExists.whenWriting(destination,
                () -> new ReportFiles(files, mayReplace).write(summary, format, destination));
        progress.accept(new ProgressStep(STEPS, STEPS, "Saved " + destination));
        return written;
    }

    static Path destination(WorkshopSession session, ReportFormat format, Path target) {
        if (format.isFolder()) {
            return target;
        }
        String stem = SafeFileNames.of(session.title() + " " + session.date(), "");
        return Files.isDirectory(target) ? target.resolve(SafeFileNames.of(stem, format.extension())) : target;
    }
}
