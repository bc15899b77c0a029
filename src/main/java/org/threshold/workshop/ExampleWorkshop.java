package org.threshold.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.ContentSnapshot;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.Pack;
import org.threshold.store.AgendaRepository;
import org.threshold.store.Database;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.store.SessionRepository;
import org.threshold.store.SnapshotRepository;

/**
 * A finished workshop filled with realistic fictional data, so a new facilitator can see every
 * screen and export at once. Generated from a fixed seed: the same pack gives the same example.
 */
public final class ExampleWorkshop {
    static final String TITLE = "Tallowford partnership: sharing information well (example)";
    private static final LocalDate DAY = LocalDate.of(2026, 10, 14);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Database database;
    private final SessionCatalog catalog;
    private final PackLibrary packs;
    private final Clock clock;

    public ExampleWorkshop(Database database, PackLibrary packs, Clock clock) {
        this.database = database;
        this.catalog = new SessionCatalog(database, clock);
        this.packs = packs;
        this.clock = clock;
    }

    /** The agencies in the example room; probation's two people sit below the anonymity threshold on purpose. */
    static List<SessionAgency> agencies() {
        return List.of(
                new SessionAgency("police", "Police", 5, 1),
                new SessionAgency("health", "Health / NHS", 6, 2),
                new SessionAgency("adult-social-care", "Adult social care", 4, 1),
                new SessionAgency("childrens-social-care", "Children's social care", 5, 1),
                new SessionAgency("education", "Education", 4, 1),
                new SessionAgency("housing", "Housing", 3, 1),
                new SessionAgency("probation", "Probation", 2, 1),
                new SessionAgency("voluntary-sector", "Voluntary sector", 3, 1));
    }

    /** Adds the example workshop, run from the bundled pack, and returns it. */
    public WorkshopSession create() {
        PackLibrary.LoadedPack loaded = packs.defaultPack();
        return create(loaded.pack(), loaded.json());
    }

    /** Adds the example workshop run from a given pack, snapshotted as {@code packJson}. */
    public WorkshopSession create(Pack pack, String packJson) {
        return database.transaction(() -> {
            WorkshopSession session = catalog.create(new SessionDetails(TITLE, DAY, "Tallowford Civic Centre, Committee Room 2",
                    "Partnership training team", pack.whereWeStand().offered() ? 240 : 210,
                    WorkshopSession.DEFAULT_ANONYMITY_THRESHOLD, ExampleStand.PARTNERSHIP));
            new SessionAgencyRepository(database).replaceAll(session.id(), agencies());
            new SnapshotRepository(database).save(session.id(), new ContentSnapshot(pack.metadata().id(),
                    pack.metadata().version(), packJson, clock.instant()));
            List<AgendaItem> agenda = runTheDay(session, withWhereWeStand(pack, DefaultAgenda.from(pack)));
            new ExampleResults(database, session.id(), pack, agencies(), new Random(20261014)).record(agenda);
            agenda.stream().filter(i -> i.kind() == AgendaItemKind.WHERE_WE_STAND).findFirst().ifPresent(item ->
                    new ExampleStand(database, session.id(), pack.whereWeStand(), agencies(), new Random(20261015))
                            .record(item));
            SessionRepository sessions = new SessionRepository(database);
            sessions.setStatus(session.id(), SessionStatus.FINISHED, clock.instant());
            sessions.savePosition(session.id(), new AgendaPosition(agenda.size() - 1, 0), clock.instant());
            return sessions.find(session.id()).orElseThrow();
        });
    }

    /** The default agenda with "Where we stand" before the close, when the pack has the section. */
    private static List<AgendaItem> withWhereWeStand(Pack pack, List<AgendaItem> agenda) {
        if (!pack.whereWeStand().offered()) {
            return agenda;
        }
        List<AgendaItem> items = new ArrayList<>(agenda);
        items.add(items.size() - 1, AgendaItem.planned(AgendaItemKind.WHERE_WE_STAND, "Where we stand", "", 25));
        return items;
    }

    /** Saves the agenda with the actual times of a day that started at half past nine and ran a little over. */
    private List<AgendaItem> runTheDay(WorkshopSession session, List<AgendaItem> planned) {
        Instant at = DAY.atTime(9, 30).atZone(LONDON).toInstant();
        List<AgendaItem> actual = new ArrayList<>();
        for (AgendaItem item : planned) {
            int overrun = item.kind() == AgendaItemKind.SCENARIO ? 4 : item.kind() == AgendaItemKind.BREAK ? 0 : -1;
            Instant end = at.plus(Duration.ofMinutes(item.plannedMinutes() + overrun));
            actual.add(new AgendaItem(0, 0, item.kind(), item.title(), item.contentRef(), item.plannedMinutes(), at, end));
            at = end;
        }
        return new AgendaRepository(database).save(session.id(), actual);
    }
}
