package org.threshold.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
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
}
