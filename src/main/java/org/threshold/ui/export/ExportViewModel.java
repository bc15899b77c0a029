package org.threshold.ui.export;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.ReportDetail;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.summary.ExportSession;

/** Exporting one workshop's summary: format, whether free-text notes go in, where to save. Never touches a Node. */
public final class ExportViewModel {
    private final WorkshopSession session;
    private final ExportSession export;
    private final ExportJob job;
    private final BooleanProperty includeNotes = new SimpleBooleanProperty(this, "includeNotes", true);
    private final BooleanProperty complete = new SimpleBooleanProperty(this, "complete", false);

    public ExportViewModel(WorkshopSession session, ExportSession export, TaskExecutor tasks, DialogService dialogs,
                           FileOpener opener, Executor ui) {
        this.session = session;
        this.export = export;
        this.job = new ExportJob(tasks, dialogs, opener, ui, session.title() + " " + session.date(),
                "Save the workshop summary");
    }

    public WorkshopSession session() {
        return session;
    }

    public ExportJob job() {
        return job;
    }

    /** Barriers, parking-lot items and facilitator notes are free text: the facilitator decides if they leave the room. */
    public BooleanProperty includeNotesProperty() {
        return includeNotes;
    }

    /**
     * Every reason and note in the one file, however long, instead of a readable summary with an
     * appendix beside it; the progress bar shows how far a long one has got.
     */
    public BooleanProperty completeProperty() {
        return complete;
    }

    public void export() {
        boolean notes = includeNotes.get();
        ReportDetail detail = complete.get() ? ReportDetail.COMPLETE : ReportDetail.SUMMARY;
        job.start((format, target, mayReplace, progress) -> export.export(session.id(), format, target, notes, detail,
                mayReplace, progress));
    }
}
