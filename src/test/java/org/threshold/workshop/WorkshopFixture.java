package org.threshold.workshop;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.workshop.run.WorkshopRunner;

/** A real database in a temporary folder with the use cases over it, and a clock the test moves. */
public final class WorkshopFixture implements AutoCloseable {
    public final Path file;
    public final Database database;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-10-14T08:30:00Z"));
    public final PackLibrary packs;
    public final SessionCatalog catalog;
    public final SessionPlanner planner;
    public final WorkshopRunner runner;
    public final ExampleWorkshop examples;

    public WorkshopFixture(Path folder) {
        this.file = folder.resolve("workshop.db");
        this.database = Database.open(file);
        this.packs = new PackLibrary(new PackRepository(database));
        this.catalog = new SessionCatalog(database, clock);
        this.planner = new SessionPlanner(database, packs, clock);
        this.runner = new WorkshopRunner(database, planner, clock);
        this.examples = new ExampleWorkshop(database, packs, clock);
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock that stands still until the test moves it on. */
    public static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        public void advanceMinutes(long minutes) {
            now = now.plusSeconds(60 * minutes);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
