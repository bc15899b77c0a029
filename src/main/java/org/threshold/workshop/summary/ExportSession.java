package org.threshold.workshop.summary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.ReportDetail;
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
     * The summary with its appendix, to a destination where nothing is yet.
     *
     * @param target a file, or an existing folder in which a name is made from the session title;
     *               for CSV, the folder that receives the data files
     * @return the files written
     */
    public List<Path> export(long sessionId, ReportFormat format, Path target, boolean includeNotes,
                             Consumer<ProgressStep> progress) {
        return export(sessionId, format, target, includeNotes, ReportDetail.SUMMARY, progress);
    }

    /** @param detail a summary with a few reasons and an appendix beside it, or every word in one file */
    public List<Path> export(long sessionId, ReportFormat format, Path target, boolean includeNotes, ReportDetail detail,
                             Consumer<ProgressStep> progress) {
        return export(sessionId, format, target, includeNotes, detail, false, progress);
    }

    /**
     * @param mayReplace whether a file (or an earlier CSV export) already there may be replaced;
     *                   when not, {@link DestinationExists} is thrown before any work is done
     */
    public List<Path> export(long sessionId, ReportFormat format, Path target, boolean includeNotes, ReportDetail detail,
                             boolean mayReplace, Consumer<ProgressStep> progress) {
        progress.accept(new ProgressStep(0, STEPS, "Reading the session"));
        SessionData data = SessionData.read(database, sessionId);
        Path destination = destination(data.session(), format, target);
        DestinationExists.whenWriting(destination, () -> files.check(destination, format.isFolder(), mayReplace));
        progress.accept(new ProgressStep(1, STEPS, "Working out the results"));
        SessionSummary summary = builder.build(data, includeNotes);
        ReportFiles reportFiles = new ReportFiles(files, mayReplace);
        ReportFiles.appendixNeeded(summary, format, destination, detail).ifPresent(appendix ->
                DestinationExists.whenWriting(appendix, () -> reportFiles.checkAppendix(appendix)));
        progress.accept(new ProgressStep(2, STEPS, "Writing " + destination.getFileName()
                + (detail == ReportDetail.COMPLETE ? ", every reason and note in full: this can take a while" : "")));
        List<Path> written = DestinationExists.whenWriting(destination,
                () -> reportFiles.write(summary, format, destination, detail));
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
