package org.threshold.workshop.stand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.ActionStatus;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.NoteRepository;
import org.threshold.workshop.WorkshopFixture;

/** The same partnership over time: the next workshop reviews the last one's actions, and keeps what it heard. */
class PartnershipsTest {
    private static final String NORTHFIELD = "Northfield Safeguarding Partnership";

    @TempDir
    Path dir;

    private static WorkshopSession session(WorkshopFixture fixture, String title, LocalDate date, String partnership) {
        long id = StandRunnerTest.plan(fixture, title, date, partnership);
        return fixture.catalog.find(id).orElseThrow().session();
    }

    private static void action(WorkshopFixture fixture, WorkshopSession session, String text, String owner, int minute) {
        new NoteRepository(fixture.database).add(session.id(), new Note(0, 0, NoteKind.ACTION, text, owner,
                Instant.parse("2026-04-22T15:00:00Z").plusSeconds(60L * minute), "decisions-recorded",
                LocalDate.of(2026, 7, 31)));
    }

    @Test
    void aPartnershipIsRecognisedByItsNameIgnoringCaseSpacingAndPunctuation() {
        assertEquals("northfield safeguarding partnership", Partnerships.key("  Northfield  Safeguarding Partnership."));
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            WorkshopSession a = session(fixture, "A", LocalDate.of(2026, 4, 22), NORTHFIELD);
            WorkshopSession b = session(fixture, "B", LocalDate.of(2026, 10, 14), "northfield safeguarding  partnership");
            WorkshopSession unnamed = session(fixture, "C", LocalDate.of(2026, 10, 15), "");
            WorkshopSession alsoUnnamed = session(fixture, "D", LocalDate.of(2026, 10, 16), " ");
            assertTrue(Partnerships.same(a, b));
            assertFalse(Partnerships.same(unnamed, alsoUnnamed), "no name is no partnership");
            assertEquals(a.id(), fixture.planner.partnerships().earlier(b.id()).orElseThrow().id());
            assertTrue(fixture.planner.partnerships().earlier(a.id()).isEmpty(), "the first workshop has none before it");
        }
    }

    @Test
    void theNextWorkshopReviewsTheLastOnesActionsAndKeepsWhatItHeard() {
        long autumnId;
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            WorkshopSession spring = session(fixture, "Spring", LocalDate.of(2026, 4, 22), NORTHFIELD);
            WorkshopSession other = session(fixture, "Elsewhere", LocalDate.of(2026, 6, 1), "Southgate Partnership");
            WorkshopSession summer = session(fixture, "Summer", LocalDate.of(2026, 7, 2), NORTHFIELD);
            WorkshopSession autumn = session(fixture, "Autumn", LocalDate.of(2026, 10, 14), NORTHFIELD.toUpperCase());
            autumnId = autumn.id();
            action(fixture, spring, "An action from spring", "police", 0);
            action(fixture, other, "Not this partnership's", "health", 0);
            action(fixture, summer, "Add a decision field to case notes.", "childrens-social-care", 1);
            action(fixture, summer, "Name an adviser in each agency.", "health", 2);
            action(fixture, summer, "Run a lunchtime session for schools.", "education", 3);
            Partnerships partnerships = fixture.planner.partnerships();
            List<CarriedAction> carried = partnerships.toReview(autumnId);
            assertEquals(List.of("Add a decision field to case notes.", "Name an adviser in each agency.",
                    "Run a lunchtime session for schools."), carried.stream().map(CarriedAction::text).toList(),
                    "the actions of the partnership's workshop held last before this one");
            assertTrue(carried.stream().noneMatch(CarriedAction::reported));
            assertEquals("decisions-recorded", carried.get(0).statementId());
            assertEquals(LocalDate.of(2026, 7, 31), carried.get(0).due());
            partnerships.report(autumnId, carried.get(0), ActionStatus.DONE);
            partnerships.report(autumnId, carried.get(1), ActionStatus.NOT_DONE);
            partnerships.report(autumnId, carried.get(2), ActionStatus.DONE);
            partnerships.report(autumnId, partnerships.toReview(autumnId).get(2), ActionStatus.DROPPED);
        }
        try (WorkshopFixture reopened = new WorkshopFixture(dir)) {
            Partnerships partnerships = reopened.planner.partnerships();
            List<CarriedAction> carried = partnerships.toReview(autumnId);
            assertEquals(List.of(ActionStatus.DONE, ActionStatus.NOT_DONE, ActionStatus.DROPPED),
                    carried.stream().map(CarriedAction::status).toList(), "changed its mind about the third");
            partnerships.report(autumnId, carried.get(1), null);
            assertNull(partnerships.toReview(autumnId).get(1).status(), "a status can be taken back");
        }
    }

    /** The words travel with the review: they stay with the later workshop when the earlier one is deleted. */
    @Test
    void reviewsStayWithTheLaterWorkshopWhenTheEarlierOneIsGone() {
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            WorkshopSession spring = session(fixture, "Spring", LocalDate.of(2026, 4, 22), NORTHFIELD);
            WorkshopSession autumn = session(fixture, "Autumn", LocalDate.of(2026, 10, 14), NORTHFIELD);
            action(fixture, spring, "Agree one secure email route.", "housing", 0);
            action(fixture, spring, "Not reviewed before the deletion.", "police", 1);
            Partnerships partnerships = fixture.planner.partnerships();
            partnerships.report(autumn.id(), partnerships.toReview(autumn.id()).get(0), ActionStatus.DONE);
            fixture.catalog.delete(spring.id());
            List<CarriedAction> carried = partnerships.toReview(autumn.id());
            assertEquals(1, carried.size());
            assertEquals("Agree one secure email route.", carried.get(0).text());
            assertEquals("Spring", carried.get(0).fromTitle());
            assertEquals(ActionStatus.DONE, carried.get(0).status());
        }
    }

    @Test
    void aWorkshopOfTheSameDayCountsAsEarlierWhenItWasPlannedFirst() {
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            WorkshopSession morning = session(fixture, "Morning site", LocalDate.of(2026, 10, 14), NORTHFIELD);
            fixture.clock.advanceMinutes(5);
            WorkshopSession afternoon = session(fixture, "Afternoon site", LocalDate.of(2026, 10, 14), NORTHFIELD);
            assertEquals(morning.id(), fixture.planner.partnerships().earlier(afternoon.id()).orElseThrow().id());
            assertEquals(SessionStatus.PLANNED, afternoon.status());
            assertEquals(AgendaPosition.START, afternoon.position());
        }
    }
}
