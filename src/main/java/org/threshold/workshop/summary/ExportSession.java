package org.threshold.workshop.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.threshold.report.ReportDetail;
import org.threshold.report.ReportFiles;
import org.threshold.report.ReportFormat;
import org.threshold.report.SafeFileNames;
import org.threshold.report.SafeFileWriter;
import org.threshold.report.SessionSummary;
import org.threshold.store.Database;

/**
 * Exports one session's summary as PDF, Word, HTML, Markdown or CSV data. Runs off the UI
 * thread; reports its steps to a plain callback that the UI can turn into a progress bar.
 */
public final class ExportSession {
    private static final int STEPS = 3;

    private final Database database;
    private final SummaryBuilder builder;

    public ExportSession(Database database, SummaryBuilder builder) {
        this.database = database;
        this.builder = builder;
    }

    /**
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
        progress.accept(new ProgressStep(0, STEPS, "Reading the session"));
        SessionData data = SessionData.read(database, sessionId);
        progress.accept(new ProgressStep(1, STEPS, "Working out the results"));
        SessionSummary summary = builder.build(data, includeNotes);
        Path destination = destination(summary, format, target);
        progress.accept(new ProgressStep(2, STEPS, "Writing " + destination.getFileName()
                + (detail == ReportDetail.COMPLETE ? ", every reason and note in full: this can take a while" : "")));
        try {
            List<Path> written = new ReportFiles(new SafeFileWriter(database.file())).write(summary, format, destination,
                    detail);
            progress.accept(new ProgressStep(STEPS, STEPS, "Saved " + destination));
            return written;
        } catch (IOException e) {
            throw SummaryException.notSaved("The summary", destination, e);
        }
    }

    static Path destination(SessionSummary summary, ReportFormat format, Path target) {
        if (format.isFolder()) {
            return target;
        }
        String stem = SafeFileNames.of(summary.cover().title() + " " + summary.cover().date(), "");
        return Files.isDirectory(target) ? target.resolve(SafeFileNames.of(stem, format.extension())) : target;
    }
}
