package org.threshold.workshop.summary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.threshold.domain.pack.Exercises;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.TrustGridSettings;
import org.threshold.report.SessionSummary;
import org.threshold.store.Database;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.phones.DeviceTally;
import org.threshold.workshop.results.ResultsAnalysis;
import org.threshold.workshop.results.ResultsInput;
import org.threshold.workshop.results.SessionResults;
import org.threshold.workshop.run.Measures;

/** Reads a session and builds its summary: the results analysis, then the report's model. */
public final class SummaryBuilder {
    private final Database database;
    private final PackDecoder decoder;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone where the workshop took place, for the agenda's clock times */
    public SummaryBuilder(Database database, PackDecoder decoder, Clock clock, ZoneId zone) {
        this.database = database;
        this.decoder = decoder;
        this.clock = clock;
        this.zone = zone;
    }

    public SessionSummary build(long sessionId, boolean includeNotes) {
        return build(SessionData.read(database, sessionId), includeNotes);
    }

    public SessionSummary build(SessionData data, boolean includeNotes) {
        Pack pack = pack(data);
        SessionResults results = analyse(data, pack);
        return new SummaryMapper(data, pack, zone, includeNotes).map(results, Instant.now(clock));
    }

    /** The analysis alone, for the comparison across sessions. */
    public SessionResults analyse(SessionData data) {
        return analyse(data, pack(data));
    }

    /** Typed answers and phone answers together, each phone one person, so every figure counts both. */
    private static SessionResults analyse(SessionData data, Pack pack) {
        DeviceTally tally = new DeviceTally(data.agenda());
        Measures typed = new Measures(data.trust(), data.confidence(), data.myths(), data.cards());
        Measures measures = tally.withDevices(typed, data.deviceAnswers(),
                pack.exercises().mythOrFact().stream().map(MythItem::id).toList());
        return new ResultsAnalysis().analyse(new ResultsInput(pack, data.session().anonymityThreshold(), data.agencies(),
                tally.measuresPhoneOnly(typed, data.deviceAnswers()), data.agenda(),
                tally.withDevices(data.responses(), data.deviceAnswers()), measures.trust(),
                measures.confidence(), measures.myths()));
    }

    /** The content the session was run from; a session planned without content still has a summary. */
    Pack pack(SessionData data) {
        if (data.snapshot().isEmpty()) {
            return emptyPack();
        }
        try {
            return decoder.decode(data.snapshot().get().packJson());
        } catch (RuntimeException e) {
            throw new SummaryException("The scenario content saved with \"" + data.session().title()
                    + "\" cannot be read (" + e.getMessage() + "), so its summary cannot be made.", e);
        }
    }

    static Pack emptyPack() {
        return new Pack(new PackMetadata("", "No scenario content saved", "", "", List.of(), List.of(), "", "", null),
                List.of(), List.of(), List.of(), List.of(),
                new Exercises(new TrustGridSettings("How far do you trust this agency with information you share?",
                        1, 5, "", ""), List.of(), List.of(), List.of()));
    }
}
