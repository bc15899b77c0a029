package org.threshold.workshop.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.threshold.report.ArchiveCodec;
import org.threshold.report.SessionArchive;
import org.threshold.store.AtomicFile;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.workshop.DestinationExists;

/** Saves one session, with its content snapshot, as an archive file for another installation. */
public final class ArchiveSession {
    private final Database database;
    private final AtomicFile files;
    private final Clock clock;

    /** @param leftovers where a temporary file is noted, so one left by a crash is cleared at the next start */
    public ArchiveSession(Database database, Leftovers leftovers, Clock clock) {
        this.database = database;
        this.files = AtomicFile.forExports(database.file(), leftovers);
        this.clock = clock;
    }

    public ArchiveSession(Database database, Clock clock) {
        this(database, Leftovers.none(), clock);
    }

    /** @param mayReplace whether a file at {@code target} may be replaced; see {@link DestinationExists} */
    public Path export(long sessionId, Path target, boolean mayReplace, Consumer<ProgressStep> progress) {
        DestinationExists.whenWriting(target, () -> files.check(target, false, mayReplace));
        progress.accept(new ProgressStep(0, 2, "Reading the session"));
        SessionData data = SessionData.read(database, sessionId);
        SessionArchive archive = new SessionArchive(SessionArchive.FORMAT, SessionArchive.VERSION,
                clock.instant().toString(), data.session(), data.agencies(), data.agenda(), data.snapshot().orElse(null),
                data.responses(), data.trust(), data.confidence(), data.myths(), data.cards(), data.notes(),
                data.journal(), data.placements(), data.ratings(), data.reviews(),
                PhoneArchive.renumbered(data.deviceAnswers()));
        progress.accept(new ProgressStep(1, 2, "Writing " + target.getFileName()));
        Path written = DestinationExists.whenWriting(target,
                () -> files.write(target, out -> new ArchiveCodec().write(archive, out), mayReplace));
        progress.accept(new ProgressStep(2, 2, "Saved " + target));
        return written;
    }
}
