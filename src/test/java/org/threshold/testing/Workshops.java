package org.threshold.testing;

import java.time.LocalDate;
import java.util.List;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionPlanner;

/** Plans a workshop on the bundled pack with the given agencies and agenda, ready to run. */
public final class Workshops {
    private Workshops() {
    }

    public static SessionPlanner planner(Database database, java.time.Clock clock) {
        return new SessionPlanner(database, new PackLibrary(new PackRepository(database)), clock);
    }

    public static long plan(Database database, java.time.Clock clock, List<SessionAgency> agencies,
                            List<AgendaItem> agenda) {
        long id = new SessionCatalog(database, clock).create(new SessionDetails("Trust test", LocalDate.of(2026, 10, 14),
                "", "", 210, 3)).id();
        SessionPlanner planner = planner(database, clock);
        planner.load(id);
        planner.saveAgencies(id, agencies);
        planner.saveAgenda(id, agenda);
        return id;
    }
}
