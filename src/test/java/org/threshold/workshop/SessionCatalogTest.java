package org.threshold.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.JournalRepository;
import org.threshold.store.ResponseRepository;
import org.threshold.store.TrustRepository;

class SessionCatalogTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void searchFindsByTitleVenueAndTheDateAsWrittenOrSpoken() {
        fixture.catalog.create(SessionDetails.of("Leeds thresholds", LocalDate.of(2026, 3, 12), "Civic Hall", ""));
        fixture.catalog.create(SessionDetails.of("Bradford trust day", LocalDate.of(2026, 5, 1), "City Park", ""));
        assertEquals(List.of("Leeds thresholds"), titles(SessionCatalog.matching(fixture.catalog.list(), "thresholds")));
        assertEquals(List.of("Bradford trust day"), titles(SessionCatalog.matching(fixture.catalog.list(), "city park")));
        assertEquals(List.of("Leeds thresholds"), titles(SessionCatalog.matching(fixture.catalog.list(), "2026-03")));
        assertEquals(List.of("Bradford trust day"), titles(SessionCatalog.matching(fixture.catalog.list(), "1 May")));
        assertEquals(2, SessionCatalog.matching(fixture.catalog.list(), "  ").size());
    }

    @Test
    void newestWorkshopsComeFirst() {
        fixture.catalog.create(SessionDetails.of("Older", LocalDate.of(2025, 1, 1), "", ""));
        fixture.catalog.create(SessionDetails.of("Newer", LocalDate.of(2026, 1, 1), "", ""));
        assertEquals(List.of("Newer", "Older"), titles(fixture.catalog.list()));
    }

    /** The home list: the same few queries for two workshops or forty, each with its agencies and agenda. */
    @Test
    void listingReadsTheStoreAFixedNumberOfTimesHoweverManyWorkshopsThereAre() {
        WorkshopSession example = fixture.examples.create();
        fixture.catalog.duplicate(example.id());
        long queries = queriesToList(2);
        for (int i = 0; i < 38; i++) {
            fixture.catalog.duplicate(example.id());
        }
        assertEquals(queries, queriesToList(40));
        assertTrue(queries <= 3, queries + " queries");
        SessionOverview listed = fixture.catalog.list().stream().filter(o -> o.session().id() == example.id())
                .findFirst().orElseThrow();
        assertEquals(fixture.catalog.find(example.id()).orElseThrow(), listed);
        assertEquals(8, listed.agencies().size());
        assertTrue(listed.agenda().size() > 5);
    }

    private long queriesToList(int expected) {
        long before = fixture.database.requests();
        assertEquals(expected, fixture.catalog.list().size());
        return fixture.database.requests() - before;
    }

    @Test
    void duplicatingCopiesThePlanButNoneOfTheAnswers() {
        WorkshopSession example = fixture.examples.create();
        WorkshopSession copy = fixture.catalog.duplicate(example.id());
        SessionOverview original = fixture.catalog.find(example.id()).orElseThrow();
        SessionOverview duplicate = fixture.catalog.find(copy.id()).orElseThrow();
        assertEquals(example.title() + " (copy)", copy.title());
        assertEquals(SessionStatus.PLANNED, copy.status());
        assertEquals(original.agencies(), duplicate.agencies());
        assertEquals(original.agenda().stream().map(i -> i.title()).toList(),
                duplicate.agenda().stream().map(i -> i.title()).toList());
        assertTrue(duplicate.agenda().stream().allMatch(i -> i.startedAt() == null));
        assertTrue(new ResponseRepository(fixture.database).list(copy.id()).isEmpty());
        assertTrue(new TrustRepository(fixture.database).list(copy.id()).isEmpty());
        assertEquals(fixture.planner.snapshotPack(example.id()), fixture.planner.snapshotPack(copy.id()));
        assertEquals("duplicated", new JournalRepository(fixture.database).list(copy.id()).get(0).action());
    }

    @Test
    void retentionDeletesOnlyWorkshopsOlderThanTheLimitAndTheirJournal() {
        WorkshopSession old = fixture.catalog.create(SessionDetails.of("Old", LocalDate.of(2024, 9, 1), "", ""));
        WorkshopSession recent = fixture.catalog.create(SessionDetails.of("Recent", LocalDate.of(2026, 9, 1), "", ""));
        assertEquals(List.of(old.id()), fixture.catalog.heldMoreThanMonthsAgo(12).stream().map(WorkshopSession::id).toList());
        assertEquals(1, fixture.catalog.purgeHeldMoreThanMonthsAgo(12));
        assertEquals(List.of("Recent"), titles(fixture.catalog.list()));
        assertTrue(new JournalRepository(fixture.database).list(old.id()).isEmpty());
        assertEquals(1, new JournalRepository(fixture.database).list(recent.id()).size());
    }

    @Test
    void theExampleWorkshopIsAFinishedDayWithAnswersRatingsAndNotes() {
        WorkshopSession example = fixture.examples.create();
        assertEquals(SessionStatus.FINISHED, example.status());
        assertTrue(new ResponseRepository(fixture.database).list(example.id()).size() > 50);
        assertTrue(new TrustRepository(fixture.database).list(example.id()).size() >= 8 * 7 * 2);
        assertTrue(fixture.runner.notes(example.id()).size() >= 10);
        SessionOverview overview = fixture.catalog.find(example.id()).orElseThrow();
        assertTrue(overview.agenda().stream().allMatch(i -> i.startedAt() != null && i.endedAt() != null));
    }

    private static List<String> titles(List<SessionOverview> overviews) {
        return overviews.stream().map(o -> o.session().title()).toList();
    }
}
