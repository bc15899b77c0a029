package org.threshold.workshop.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.threshold.content.PackWriter;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.Pack;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.workshop.ExampleWorkshop;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.results.TestPack;

/**
 * The example workshop in a fresh database, run from the test pack. The snapshot holds the
 * pack as the app saves it, and {@link #DECODER} is the strict reader the app uses, so an
 * archive made from it passes the same checks as one made in the room.
 */
public final class ExampleSession {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-20T10:00:00Z"), LONDON);
    public static final PackDecoder DECODER = PackDecoder.strict();

    private ExampleSession() {
    }

    public static String packJson(Pack pack) {
        return new PackWriter().writeString(pack);
    }

    public static WorkshopSession create(Database database) {
        Pack pack = TestPack.pack();
        return new ExampleWorkshop(database, new PackLibrary(new PackRepository(database)), CLOCK).create(pack, packJson(pack));
    }

    public static Database openWithExample(Path folder) {
        Database database = Database.open(folder.resolve("threshold.db"));
        create(database);
        return database;
    }

    public static SummaryBuilder builder(Database database) {
        return new SummaryBuilder(database, DECODER, CLOCK, LONDON);
    }
}
