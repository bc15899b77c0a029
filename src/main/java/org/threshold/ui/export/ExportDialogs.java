package org.threshold.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import org.threshold.domain.WorkshopSession;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.FxDialogService;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.ExportFolder;
import org.threshold.workshop.SessionOverview;
import org.threshold.workshop.summary.ArchiveSession;
import org.threshold.workshop.summary.CompareSessions;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.summary.ImportArchive;

/** Opens the export, comparison and archive dialogs over the main window. */
public final class ExportDialogs implements ExportActions {
    private static final System.Logger LOG = System.getLogger(ExportDialogs.class.getName());

    /** The export use cases, made by the composition root. */
    public record UseCases(ExportSession export, CompareSessions compare, ArchiveSession archive, ImportArchive importer,
                           ExportFolder folder) {
    }

    private final UseCases useCases;
    private final TaskExecutor tasks;
    /**
     * The export folder read and remembered, in order, so a second export suggests where the first went; a
     * failure only costs the suggestion, so it is logged.
     */
    private final BackgroundWork folderWork;
    private final FxDialogService dialogs;
    private final FileOpener opener;
    private final Clock clock;

    public ExportDialogs(UseCases useCases, TaskExecutor tasks, FxDialogService dialogs, FileOpener opener, Clock clock) {
        this.useCases = useCases;
        this.tasks = tasks;
        this.folderWork = new BackgroundWork(tasks,
                failure -> LOG.log(System.Logger.Level.WARNING, "Could not read or remember the export folder", failure));
        this.dialogs = dialogs;
        this.opener = opener;
        this.clock = clock;
    }

    @Override
    public void exportSession(WorkshopSession session) {
        ExportViewModel model = new ExportViewModel(session, useCases.export(), tasks, dialogs, opener, Platform::runLater);
        ExportJob job = model.job();
        // The folder is read from the store off the FX thread; once known, Enter exports there.
        folderWork.run(useCases.folder()::current, job::suggestFolder);
        job.resultProperty().addListener((obs, old, written) -> {
            if (written != null && job.destinationProperty().get() != null) {
                Path folder = job.destinationProperty().get().toAbsolutePath().getParent();
                folderWork.run(() -> {
                    useCases.folder().remember(folder);
                    return folder;
                }, remembered -> { });
            }
        });
        show(new ExportDialog(model), "Export summary");
    }

    @Override
    public void archiveSession(WorkshopSession session) {
        archives().archive(session);
    }

    @Override
    public void importArchive(Consumer<WorkshopSession> imported) {
        archives().importArchive(imported);
    }

    @Override
    public void importArchive(Path file, Consumer<WorkshopSession> imported) {
        archives().importFile(file, imported);
    }

    @Override
    public void compare(List<SessionOverview> sessions, SessionOverview preselected) {
        show(new CompareDialog(new CompareViewModel(sessions, preselected, useCases.compare(), LocalDate.now(clock),
                tasks, dialogs, opener, Platform::runLater)), "Compare workshops");
    }

    private ArchiveViewModel archives() {
        return new ArchiveViewModel(useCases.archive(), useCases.importer(), tasks, dialogs);
    }

    private void show(Dialog<?> dialog, String title) {
        dialogs.prepare(dialog, title);
        // prepare() copies the window's sheets over the dialog's own; put the export sheet back after them.
        dialog.getDialogPane().getStylesheets().add(ExportJobPane.CSS);
        dialog.setResizable(true);
        dialog.showAndWait();
    }
}
