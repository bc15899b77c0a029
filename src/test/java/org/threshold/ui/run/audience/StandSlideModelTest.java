package org.threshold.ui.run.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionAgency;
import org.threshold.testing.Workshops;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.stand.StandAnswers;
import org.threshold.workshop.stand.StandRunner;

/** What the room sees of "Where we stand": nothing of the answers before R, and never a small agency alone. */
class StandSlideModelTest {
    private static final SessionAgency POLICE = new SessionAgency("police", "Police", 5, 1);
    private static final SessionAgency HEALTH = new SessionAgency("health", "Health / NHS", 4, 1);
    private static final SessionAgency PROBATION = new SessionAgency("probation", "Probation", 2, 1);

    @TempDir
    Path dir;
    WorkshopFixture fixture;
    long id;
    RunState state;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        id = Workshops.plan(fixture.database, fixture.clock, List.of(POLICE, HEALTH, PROBATION), List.of(
                AgendaItem.planned(AgendaItemKind.WHERE_WE_STAND, "Where we stand", "", 25),
                AgendaItem.planned(AgendaItemKind.CLOSE, "Commitments and close", "", 10)));
        state = fixture.runner.start(id);
        StandRunner stand = fixture.runner.stand();
        stand.recordJourneyTable(id, POLICE, "implementation");
        stand.recordJourneyTable(id, HEALTH, "scoping");
        stand.recordJourneyTable(id, PROBATION, "vision");
        stand.recordRatingHands(id, POLICE, "signed-agreement", new int[] {0, 0, 0, 1, 4, 0});
        stand.recordRatingHands(id, HEALTH, "signed-agreement", new int[] {1, 0, 1, 2, 0, 0});
        stand.recordRatingHands(id, PROBATION, "signed-agreement", new int[] {0, 2, 0, 0, 0, 0});
        stand.recordRatingHands(id, POLICE, "review-and-act", new int[] {2, 3, 0, 0, 0, 0});
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private StandSlideModel slide() {
        return StandSlideModel.of(state, fixture.runner.stand().load(id), fixture.runner.notes(id));
    }

    /** Every word the room would read on the slide. */
    private static String words(StandSlideModel slide) {
        List<String> all = new ArrayList<>(List.of(slide.kicker(), slide.heading(), slide.discussion()));
        all.addAll(slide.prompts());
        all.addAll(slide.weakest());
        all.addAll(slide.actions());
        all.addAll(slide.notes());
        if (slide.journey() != null) {
            slide.journey().rows().forEach(r -> all.add(r.label() + " " + r.counts()));
        }
        slide.statements().forEach(s -> all.add(s.text() + " " + s.counts() + " " + s.dontKnow()));
        return String.join("\n", all);
    }

    @Test
    void beforeRevealTheRoomSeesTheQuestionAndTheStagesOnly() {
        StandSlideModel journey = slide();
        assertEquals("Where is our partnership on the information-sharing journey?", journey.heading());
        assertEquals(6, journey.prompts().size());
        assertTrue(journey.prompts().get(0).startsWith("1. Vision: "));
        assertNull(journey.journey());
        assertEquals("", journey.discussion());
        state = fixture.runner.next(state);
        StandSlideModel readiness = slide();
        assertTrue(readiness.statements().isEmpty());
        assertTrue(readiness.weakest().isEmpty());
        assertTrue(readiness.prompts().get(0).startsWith("1. We have a signed information-sharing agreement"));
        assertFalse(words(readiness).contains("Evidence"), "the evidence prompts are for the facilitator");
    }

    @Test
    void onRevealTheSpreadShowsWithTheSmallAgencyLeftOutAndSaidSo() {
        state = fixture.runner.reveal(state);
        StandSlideModel journey = slide();
        assertEquals(List.of("police", "health"), journey.journey().rows().stream().map(r -> r.code()).toList());
        assertEquals("Police place us at Sharing in practice; Health / NHS at Scoping. What does each of you see that "
                + "the other does not?", journey.discussion());
        assertTrue(journey.notes().contains("Not counted: 1 agency with fewer than 3 people, too few to stay anonymous."));
        assertFalse(words(journey).contains("Probation"));
        state = fixture.runner.reveal(fixture.runner.next(state));
        StandSlideModel readiness = slide();
        assertEquals(List.of(0, 1, 3, 4, 0), readiness.statements().get(0).counts(), "probation's two 1s left out");
        assertEquals(List.of("We review how sharing is working, and act on what we find."), readiness.weakest(),
                "of the two statements rated, the lower one");
    }

    @Test
    void theActionsStepShowsTheWeakestOnlyOnceTheRatingsWereRevealedAndEveryActionAgreed() {
        state = fixture.runner.next(fixture.runner.next(state));
        assertTrue(slide().weakest().isEmpty(), "the ratings were never shown to the room");
        fixture.runner.stand().addAction(id, new Note(0, state.item().id(), NoteKind.ACTION,
                "Put a yearly review on the board's plan.", "police", fixture.clock.instant(), "review-and-act",
                LocalDate.of(2027, 3, 31)));
        StandSlideModel actions = slide();
        assertEquals(List.of("Put a yearly review on the board's plan. \u2014 Police, by 31 March 2027\n"
                + "    for: We review how sharing is working, and act on what we find."), actions.actions());
        state = fixture.runner.previous(state);
        state = fixture.runner.next(fixture.runner.reveal(state));
        assertEquals(1, slide().weakest().size());
    }

    @Test
    void aPackWithoutTheSectionSaysSoRatherThanShowNothing() {
        StandSlideModel none = StandSlideModel.of(new RunState(state.session(), state.agencies(), state.agenda(),
                org.threshold.workshop.results.TestPack.pack(), state.position(), state.revealed()), StandAnswers.NONE,
                List.of());
        assertEquals(List.of("This workshop's content has no \u201cWhere we stand\u201d section."), none.notes());
    }
}
