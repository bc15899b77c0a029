package org.threshold.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.threshold.domain.WorkshopSession;
import org.threshold.workshop.SessionOverview;

/** What the home and plan screens can ask for; the app opens the dialogs. */
public interface ExportActions {
    /** Export a summary of one workshop. */
    void exportSession(WorkshopSession session);

    /** Save one workshop as an archive file for another computer. */
    void archiveSession(WorkshopSession session);

    /** Import an archive file; {@code imported} is told the new workshop. */
    void importArchive(Consumer<WorkshopSession> imported);

    /** Import {@code file}, an archive opened from the file manager; {@code imported} is told the new workshop. */
    void importArchive(Path file, Consumer<WorkshopSession> imported);

    /** Choose workshops from {@code sessions} and save a comparison; {@code preselected} starts ticked. */
    void compare(List<SessionOverview> sessions, SessionOverview preselected);

    /**
     * Actions that make the real ones when first asked: the export use cases bring the pack reader
     * and the report libraries, which a screen that merely offers an export has no need to load.
     */
    static ExportActions onFirstUse(Supplier<ExportActions> make) {
        return new ExportActions() {
            private ExportActions made;

            private ExportActions made() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }

            @Override
            public void exportSession(WorkshopSession session) {
                made().exportSession(session);
            }

            @Override
            public void archiveSession(WorkshopSession session) {
                made().archiveSession(session);
            }

            @Override
            public void importArchive(Consumer<WorkshopSession> imported) {
                made().importArchive(imported);
            }

            @Override
            public void importArchive(Path file, Consumer<WorkshopSession> imported) {
                made().importArchive(file, imported);
            }

            @Override
            public void compare(List<SessionOverview> sessions, SessionOverview preselected) {
                made().compare(sessions, preselected);
            }
        };
    }
}
