package org.threshold.workshop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.JournalRepository;
import org.threshold.workshop.WorkshopFixture;

class WorkshopRunnerTest {
    @TempDir
    Path dir;

    @Test
    void everythingEnteredSurvivesClosingAndResumesAtTheSameStep() {
        long id;
        AgendaPosition stoppedAt;
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            WorkshopSession session = fixture.catalog.create(SessionDetails.of("Resume test", LocalDate.of(2026, 3, 12), "", ""));
            id = session.id();
            fixture.planner.load(id);
            fixture.planner.saveAgencies(id, List.of(new SessionAgency("police", "Police", 4, 1),
                    new SessionAgency("health", "Health / NHS", 5, 1)));
            RunState state = fixture.runner.start(id);
            int scenario = indexOf(state, AgendaItemKind.SCENARIO);
            state = fixture.runner.jumpTo(state, scenario);
            fixture.clock.advanceMinutes(5);
            state = fixture.runner.next(state);
            fixture.runner.recordAnswers(state, "police", List.of(Response.hands(state.key(), "police", "share-now", 3),
                    Response.hands(state.key(), "police", "seek-advice", 1)));
            state = fixture.runner.reveal(state);
            fixture.runner.addNote(state, new Note(0, state.item().id(), NoteKind.BARRIER, "Fear of blame", "",
                    fixture.clock.instant()));
            stoppedAt = state.position();
            assertEquals(SessionStatus.RUNNING, state.session().status());
        }
        try (WorkshopFixture reopened = new WorkshopFixture(dir)) {
            RunState resumed = reopened.runner.start(id);
            assertEquals(stoppedAt, resumed.position());
            assertTrue(resumed.isRevealed());
            assertEquals(2, reopened.runner.itemAnswers(resumed).size());
            assertEquals("Fear of blame", reopened.runner.notes(id).get(0).text());
            List<String> actions = new JournalRepository(reopened.database).list(id).stream().map(e -> e.action()).toList();
            assertTrue(actions.containsAll(List.of("started", "moved", "answers entered", "revealed", "note added", "resumed")),
                    actions.toString());
        }
    }

    @Test
    void movingOnRecordsWhenEachItemStartedAndEnded() {
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            long id = fixture.catalog.create(SessionDetails.of("Times", LocalDate.of(2026, 3, 12), "", "")).id();
            RunState state = fixture.runner.start(id);
            fixture.clock.advanceMinutes(14);
            state = fixture.runner.next(state);
            assertEquals(fixture.clock.instant(), state.agenda().get(0).endedAt());
            assertEquals(fixture.clock.instant(), state.agenda().get(1).startedAt());
            assertFalse(state.isRevealed());
            state = fixture.runner.finish(state);
            assertEquals(SessionStatus.FINISHED, state.session().status());
        }
    }

    @Test
    void jumpingAroundNeverMakesTwoItemsTimesOverlapAndAnItemKeepsItsLongestVisit() {
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            long id = fixture.catalog.create(SessionDetails.of("Jumps", LocalDate.of(2026, 3, 12), "", "")).id();
            RunState state = fixture.runner.start(id);
            fixture.clock.advanceMinutes(10);
            state = fixture.runner.jumpTo(state, 1);
            fixture.clock.advanceMinutes(15);
            state = fixture.runner.jumpTo(state, 0);
            fixture.clock.advanceMinutes(2);
            state = fixture.runner.jumpTo(state, 2);
            fixture.clock.advanceMinutes(8);
            state = fixture.runner.jumpTo(state, 1);
            fixture.clock.advanceMinutes(1);
            state = fixture.runner.finish(state);
            List<AgendaItem> items = state.agenda().subList(0, 3);
            assertEquals(10, minutes(items.get(0)), "the first visit was longer than the look back");
            assertEquals(15, minutes(items.get(1)));
            assertEquals(8, minutes(items.get(2)));
            for (AgendaItem a : items) {
                for (AgendaItem b : items) {
                    boolean overlap = a != b && a.startedAt().isBefore(b.endedAt()) && b.startedAt().isBefore(a.endedAt());
                    assertFalse(overlap, a.title() + " and " + b.title() + " overlap");
                }
            }
        }
    }

    @Test
    void openingTheConsoleReadsOnlyTheCurrentItemsAnswers() {
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            long id = fixture.catalog.create(SessionDetails.of("Reads", LocalDate.of(2026, 3, 12), "", "")).id();
            fixture.planner.load(id);
            fixture.planner.saveAgencies(id, List.of(new SessionAgency("police", "Police", 4, 1)));
            RunState state = fixture.runner.start(id);
            int first = indexOf(state, AgendaItemKind.SCENARIO);
            state = fixture.runner.jumpTo(state, first);
            for (int stage = 0; stage < 4; stage++) {
                fixture.runner.recordAnswers(state, "police", List.of(Response.hands(state.key(), "police", "share-now", 2),
                        Response.hands(state.key(), "police", "seek-advice", 2)));
                state = fixture.runner.next(state);
            }
            state = fixture.runner.jumpTo(state, indexOf(state, AgendaItemKind.BREAK) + 1);
            fixture.runner.recordAnswers(state, "police", List.of(Response.hands(state.key(), "police", "share-now", 1)));
            long before = fixture.database.rowsListed();
            List<Response> read = fixture.runner.itemAnswers(state);
            assertEquals(1, read.size());
            assertEquals(1, fixture.database.rowsListed() - before, "the 8 answers of the other scenario are not read");
        }
    }

    private static long minutes(AgendaItem item) {
        return java.time.Duration.between(item.startedAt(), item.endedAt()).toMinutes();
    }

    private static int indexOf(RunState state, AgendaItemKind kind) {
        for (int i = 0; i < state.agenda().size(); i++) {
            if (state.agenda().get(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind);
    }
}
