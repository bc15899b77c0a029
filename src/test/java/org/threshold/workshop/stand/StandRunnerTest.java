package org.threshold.workshop.stand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.store.JournalRepository;
import org.threshold.workshop.DefaultAgenda;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.run.RunState;

/** Recording "Where we stand" in the room: every answer on disk at once, and back after a restart. */
class StandRunnerTest {
    static final SessionAgency POLICE = new SessionAgency("police", "Police", 4, 1);
    static final SessionAgency HEALTH = new SessionAgency("health", "Health / NHS", 5, 1);

    @TempDir
    Path dir;

    /** A planned workshop on the bundled pack with "Where we stand" before the close; returns its id. */
    static long plan(WorkshopFixture fixture, String title, LocalDate date, String partnership) {
        long id = fixture.catalog.create(new SessionDetails(title, date, "", "", 240, 3, partnership)).id();
        fixture.planner.load(id);
        fixture.planner.saveAgencies(id, List.of(POLICE, HEALTH));
        List<AgendaItem> agenda = new ArrayList<>(DefaultAgenda.from(fixture.planner.load(id).pack()));
        agenda.add(agenda.size() - 1, AgendaItem.planned(AgendaItemKind.WHERE_WE_STAND, "Where we stand", "", 25));
        fixture.planner.saveAgenda(id, agenda);
        return id;
    }

    static RunState atStand(WorkshopFixture fixture, long id) {
        RunState state = fixture.runner.start(id);
        for (int i = 0; i < state.agenda().size(); i++) {
            if (state.agenda().get(i).kind() == AgendaItemKind.WHERE_WE_STAND) {
                return fixture.runner.jumpTo(state, i);
            }
        }
        throw new AssertionError("no Where we stand item");
    }

    @Test
    void theItemHasAStepEachForTheJourneyTheStatementsAndTheActions() {
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            RunState state = atStand(fixture, plan(fixture, "Steps", LocalDate.of(2026, 10, 14), ""));
            assertEquals(StandStep.JOURNEY, StandStep.at(state.position().stageIndex()));
            state = fixture.runner.reveal(state);
            state = fixture.runner.next(state);
            assertEquals(StandStep.READINESS, StandStep.at(state.position().stageIndex()));
            assertTrue(!state.isRevealed(), "each step is revealed on its own");
            state = fixture.runner.next(state);
            assertEquals(StandStep.ACTIONS, StandStep.at(state.position().stageIndex()));
            assertEquals(AgendaItemKind.CLOSE, fixture.runner.next(state).item().kind());
        }
    }

    @Test
    void answersAndActionsAreSavedAndSurviveARestart() {
        long id;
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            id = plan(fixture, "Saved", LocalDate.of(2026, 10, 14), "");
            RunState state = atStand(fixture, id);
            StandRunner stand = fixture.runner.stand();
            stand.recordJourneyTable(id, POLICE, "implementation");
            Map<String, Integer> hands = new LinkedHashMap<>();
            hands.put("scoping", 2);
            hands.put("design-and-plan", 3);
            stand.recordJourneyHands(id, HEALTH, hands);
            stand.recordRatingTable(id, POLICE, "signed-agreement", 4);
            stand.recordRatingHands(id, HEALTH, "signed-agreement", new int[] {1, 0, 2, 2, 0, 0});
            stand.addAction(id, new Note(0, state.item().id(), NoteKind.ACTION, "Publish the contacts directory.",
                    "police", fixture.clock.instant(), "find-contact", LocalDate.of(2026, 12, 18)));
        }
        try (WorkshopFixture reopened = new WorkshopFixture(dir)) {
            StandAnswers answers = reopened.runner.stand().load(id);
            assertTrue(answers.placements().contains(new JourneyPlacement("police", 1, "implementation", 4,
                    ResponseSource.TABLE_DECISION)), "a table speaks for the agency's four people");
            assertEquals(3, answers.hands("health", "design-and-plan"));
            assertEquals(4, answers.tableScore("signed-agreement", "police"));
            assertEquals(1, answers.hands("signed-agreement", "health", 0), "one did not know");
            Note action = reopened.runner.notes(id).get(0);
            assertEquals("find-contact", action.statementId());
            assertEquals(LocalDate.of(2026, 12, 18), action.due());
            List<String> journal = new JournalRepository(reopened.database).list(id).stream().map(e -> e.action()).toList();
            assertTrue(journal.containsAll(List.of("journey placed", "readiness rated", "action added")), journal.toString());
        }
    }

    @Test
    void moreHandsThanPeopleAreRefusedInWordsAndNothingIsSaved() {
        try (WorkshopFixture fixture = new WorkshopFixture(dir)) {
            long id = plan(fixture, "Too many", LocalDate.of(2026, 10, 14), "");
            StandRunner stand = fixture.runner.stand();
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> stand.recordRatingHands(id, HEALTH, "signed-agreement", new int[] {0, 3, 2, 2, 0, 0}));
            assertEquals("Health / NHS has 5 people here, but 7 answers were counted. Check the counts and enter them "
                    + "again.", refused.getMessage());
            assertThrows(IllegalArgumentException.class, () -> stand.recordJourneyHands(id, POLICE, Map.of("vision", 5)));
            assertTrue(stand.load(id).isEmpty());
        }
    }
}
