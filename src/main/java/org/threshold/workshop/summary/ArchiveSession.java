package org.threshold.workshop.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.threshold.report.ArchiveCodec;
import org.threshold.report.SafeFileWriter;
import org.threshold.report.SessionArchive;
import org.threshold.store.Database;

/** Saves one session, with its content snapshot, as an archive file for another installation. */
public final class ArchiveSession {
    private final Database database;
    private final Clock clock;

    public ArchiveSession(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Path export(long sessionId, Path target, Consumer<ProgressStep> progress) {
        progress.accept(new ProgressStep(0, 2, "Reading the session"));
        SessionData data = SessionData.read(database, sessionId);
        SessionArchive archive = new SessionArchive(SessionArchive.FORMAT, SessionArchive.VERSION,
                clock.instant().toString(), data.session(), data.agencies(), data.agenda(), data.snapshot().orElse(null),
                data.responses(), data.trust(), data.confidence(), data.myths(), data.cards(), data.notes(),
                data.journal(), data.placements(), data.ratings(), data.reviews(),
                PhoneArchive.renumbered(data.deviceAnswers()));
        progress.accept(new ProgressStep(1, 2, "Writing " + target.getFileName()));
        try {
            new SafeFileWriter(database.file()).write(target, out -> new ArchiveCodec().write(archive, out));
        } catch (IOException e) {
            throw SummaryException.notSaved("The archive", target, e);
        }
        progress.accept(new ProgressStep(2, 2, "Saved " + target));
        return target;
    }
}
