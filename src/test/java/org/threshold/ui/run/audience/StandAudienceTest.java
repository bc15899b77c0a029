package org.threshold.ui.run.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.SessionAgency;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.testing.Workshops;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.WorkshopFixture;

/**
 * "Where we stand" as the projector receives it from {@link AudienceViewModel}: nothing of the
 * answers before R, nothing at all when blanked, and an agency below the threshold by its planned
 * headcount never shown, nor counted in the room's totals, and the slide saying so.
 */
class StandAudienceTest {
    private static final SessionAgency POLICE = new SessionAgency("police", "Police", 5, 1);
    private static final SessionAgency HEALTH = new SessionAgency("health", "Health / NHS", 4, 1);
    private static final SessionAgency PROBATION = new SessionAgency("probation", "Probation", 2, 1);
    private static final String NOT_COUNTED = "Not counted: 1 agency with fewer than 3 people, too few to stay anonymous.";

    @TempDir
    Path dir;
    WorkshopFixture fixture;
    RunViewModel run;
    AudienceViewModel audience;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        long id = Workshops.plan(fixture.database, fixture.clock, List.of(POLICE, HEALTH, PROBATION), List.of(
                AgendaItem.planned(AgendaItemKind.WHERE_WE_STAND, "Where we stand", "", 25),
                AgendaItem.planned(AgendaItemKind.CLOSE, "Commitments and close", "", 10)));
        run = new RunViewModel(id, fixture.runner, new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator(), fixture.clock);
        run.start();
        audience = new AudienceViewModel(run);
        var stand = run.stand();
        stand.recordJourneyTable("police", "implementation");
        stand.recordJourneyTable("health", "scoping");
        // Both of probation's people answer: a group of two is still too few to show.
        stand.recordJourneyHands("probation", Map.of("vision", 2));
        stand.recordRatingHands("signed-agreement", "police", new int[] {0, 0, 0, 1, 4, 0});
        stand.recordRatingHands("signed-agreement", "health", new int[] {1, 0, 1, 2, 0, 0});
        stand.recordRatingHands("signed-agreement", "probation", new int[] {0, 2, 0, 0, 0, 0});
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private AudienceSlide slide() {
        return audience.slideProperty().get();
    }

    @Test
    void beforeRTheRoomSeesTheQuestionAndNothingOfTheAnswers() {
        for (int step = 0; step < 2; step++) {
            AudienceSlide asked = slide();
            AudienceViewModelTest.assertNoResults(asked, "step " + (step + 1));
            assertFalse(asked.texts().stream().anyMatch(t -> t.contains("Police") || t.contains("Health")),
                    "no agency's answer before R: " + asked.texts());
            run.reveal();
            assertTrue(AudienceViewModelTest.showsResults(slide()), "revealed, step " + (step + 1));
            run.next();
        }
    }

    @Test
    void aBlankedDisplayShowsNothingOfTheRevealedSpread() {
        run.reveal();
        AudienceViewModelTest.assertBlankedUntilB(run, audience);
    }

    @Test
    void anAgencyBelowTheThresholdByHeadcountIsNeitherShownNorCountedInTheRoomsTotal() {
        run.reveal();
        List<String> journey = slide().texts();
        assertFalse(journey.stream().anyMatch(t -> t.contains("Probation")), "two people planned: " + journey);
        assertTrue(journey.contains(NOT_COUNTED), journey.toString());
        assertEquals(5 + 4, people(grid(slide()).rows().stream().filter(r -> r.id().equals(StandContent.ROOM_ROW))
                .findFirst().orElseThrow()), "everyone shown: police's five and health's four, not probation's two");
        run.next();
        run.reveal();
        SlideBlock.GridRow agreement = grid(slide()).rows().get(0);
        assertEquals(List.of("0", "1", "3", "4", "0", "1"), agreement.cells().subList(0, 6).stream()
                .map(SlideBlock.Cell::text).toList(), "scores 1 to 5 and don't know: probation's two 1s left out");
        assertTrue(slide().texts().contains(NOT_COUNTED));
    }

    private static SlideBlock.Grid grid(AudienceSlide slide) {
        return slide.blocks().stream().filter(b -> b instanceof SlideBlock.Grid).map(b -> (SlideBlock.Grid) b)
                .findFirst().orElseThrow(() -> new AssertionError("no grid: " + slide.texts()));
    }

    /** The people a journey row counts, from the numbers written in its cells ("● 5" marks where the row places us). */
    private static int people(SlideBlock.GridRow row) {
        return row.cells().stream().map(c -> c.text().replaceAll("[^0-9]", "")).filter(t -> !t.isEmpty())
                .mapToInt(Integer::parseInt).sum();
    }
}
