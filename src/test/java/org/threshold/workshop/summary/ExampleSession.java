package org.threshold.workshop.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
 * pack as Jackson writes the domain records, and {@link #DECODER} reads it back, standing in
 * for the content layer's pack reader.
 */
public final class ExampleSession {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-20T10:00:00Z"), LONDON);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final PackDecoder DECODER = json -> {
        try {
            return JSON.readValue(json, Pack.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a pack: " + e.getOriginalMessage(), e);
        }
    };

    private ExampleSession() {
    }

    public static String packJson(Pack pack) {
        try {
            return JSON.writeValueAsString(pack);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
