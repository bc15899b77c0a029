package org.threshold.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.SafeFileNames;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.summary.ArchiveSession;
import org.threshold.workshop.summary.ImportArchive;

/** Moving one workshop between computers as an archive file: saving one, and importing one. Never touches a Node. */
public final class ArchiveViewModel {
    /** What Save as archive names the file; the installers open this type in Threshold. Older archives end in .json. */
    static final String EXTENSION = "threshold";

    private final ArchiveSession archive;
    private final ImportArchive importer;
    private final DialogService dialogs;
    private final BackgroundWork saving;
    private final BackgroundWork importing;

    public ArchiveViewModel(ArchiveSession archive, ImportArchive importer, TaskExecutor tasks, DialogService dialogs) {
        this.archive = archive;
        this.importer = importer;
        this.dialogs = dialogs;
        this.saving = new BackgroundWork(tasks, dialogs, "Archive");
        this.importing = new BackgroundWork(tasks, dialogs, "Import archive");
    }

    /** The save dialog asks before its answer replaces a file, so the archive may replace what it chose. */
    public void archive(WorkshopSession session) {
        dialogs.chooseFileToSave("Save the workshop as an archive",
                SafeFileNames.of(session.title() + " " + session.date(), EXTENSION)).ifPresent(target ->
                saving.run(() -> archive.export(session.id(), target, true, step -> { }), saved ->
                        dialogs.showSaved("Archive saved", "\u201c" + session.title() + "\u201d was saved to "
                                + saved + ". On another computer, use Import archive to add it there.")));
    }

    /** Imports an archive the facilitator chooses; {@code imported} is told the new workshop. */
    public void importArchive(Consumer<WorkshopSession> imported) {
        dialogs.chooseFileToOpen("Import a workshop archive", "Threshold workshop archive", "*." + EXTENSION, "*.json")
                .ifPresent(file -> importFile(file, imported));
    }

    /** Imports {@code file}: one chosen above, or one opened from the file manager. */
    public void importFile(Path file, Consumer<WorkshopSession> imported) {
        importing.run(() -> importer.importFile(file, step -> { }), session -> {
            dialogs.showSaved("Archive imported", "\u201c" + session.title() + "\u201d (" + session.date()
                    + ") is now on this computer, with everything recorded in it.");
            imported.accept(session);
        });
    }
}
