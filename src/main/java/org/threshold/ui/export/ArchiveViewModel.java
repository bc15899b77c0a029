package org.threshold.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.SafeFileNames;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Problems;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.summary.ArchiveSession;
import org.threshold.workshop.summary.ImportArchive;

/** Moving one workshop between computers as an archive file: saving one, and importing one. Never touches a Node. */
public final class ArchiveViewModel {
    /** What Save as archive names the file; the installers open this type in Threshold. Older archives end in .json. */
    static final String EXTENSION = "threshold";

    private final ArchiveSession archive;
    private final ImportArchive importer;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ArchiveViewModel(ArchiveSession archive, ImportArchive importer, TaskExecutor tasks, DialogService dialogs) {
        this.archive = archive;
        this.importer = importer;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void archive(WorkshopSession session) {
        dialogs.chooseFileToSave("Save the workshop as an archive",
                SafeFileNames.of(session.title() + " " + session.date(), EXTENSION)).ifPresent(target -> {
            busy.set(true);
            tasks.run(() -> archive.export(session.id(), target, step -> { }), saved -> {
                busy.set(false);
                dialogs.showSaved("Archive saved", "\u201c" + session.title() + "\u201d was saved to " + saved
                        + ". On another computer, use Import archive to add it there.");
            }, failure -> {
                busy.set(false);
                dialogs.showError("Archive", Problems.describe(failure));
            });
        });
    }

    /** Imports an archive the facilitator chooses; {@code imported} is told the new workshop. */
    public void importArchive(Consumer<WorkshopSession> imported) {
        dialogs.chooseFileToOpen("Import a workshop archive", "Threshold workshop archive", "*." + EXTENSION, "*.json")
                .ifPresent(file -> importFile(file, imported));
    }

    /** Imports {@code file}: one chosen above, or one opened from the file manager. */
    public void importFile(Path file, Consumer<WorkshopSession> imported) {
        busy.set(true);
        tasks.run(() -> importer.importFile(file, step -> { }), session -> {
            busy.set(false);
            dialogs.showSaved("Archive imported", "\u201c" + session.title() + "\u201d (" + session.date()
                    + ") is now on this computer, with everything recorded in it.");
            imported.accept(session);
        }, failure -> {
            busy.set(false);
            dialogs.showError("Import archive", Problems.describe(failure));
        });
    }
}
