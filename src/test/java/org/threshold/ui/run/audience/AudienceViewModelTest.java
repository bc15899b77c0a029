package org.threshold.ui.run.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Moderation;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.Fragment;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.run.RunState;

/**
 * What the room sees, through the whole default agenda of the bundled pack with every answer,
 * rating and card entered: nothing of the results before R, never what only one agency knows or
 * the facilitator's notes, nothing at all when blanked, and every saved change at once.
 */
class AudienceViewModelTest {
    static final List<SessionAgency> ROOM = List.of(
            new SessionAgency("police", "Police", 4, 1),
            new SessionAgency("health", "Health / NHS", 5, 1),
            new SessionAgency("childrens-social-care", "Children's social care", 4, 1),
            new SessionAgency("education", "Education", 3, 1),
            new SessionAgency("probation", "Probation", 2, 1));

    @TempDir
    Path dir;
    WorkshopFixture fixture;
    RunViewModel run;
    AudienceViewModel audience;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        long id = fixture.catalog.create(SessionDetails.of("Room test", LocalDate.of(2026, 6, 3), "Town hall", "")).id();
        fixture.planner.load(id);
        fixture.planner.saveAgencies(id, ROOM);
        List<AgendaItem> agenda = new ArrayList<>(fixture.planner.load(id).agenda());
        agenda.add(agenda.size() - 1, AgendaItem.planned(AgendaItemKind.AGENCY_CARDS, "Cards", "", 15));
        fixture.planner.saveAgenda(id, agenda);
        run = new RunViewModel(id, fixture.runner, new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator(), fixture.clock);
        run.start();
        audience = new AudienceViewModel(run);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void nothingOfTheResultsBeforeRAndTheResultsOnceRevealed() {
        everyStep(this::enterEverything);
        everyStep(state -> assertNoResults(slide(), where(state)));
        everyStep(state -> {
            run.reveal();
            if (state.item().kind() != AgendaItemKind.WELCOME && state.item().kind() != AgendaItemKind.BREAK
                    && state.item().kind() != AgendaItemKind.CLOSE) {
                assertTrue(showsResults(slide()), where(state) + ": revealed, the room sees what it answered");
            }
        });
    }

    @Test
    void neverWhatOnlyOneAgencyKnowsNorTheFacilitatorsNotes() {
        Set<String> secret = new HashSet<>();
        for (Scenario scenario : run.stateProperty().get().pack().scenarios()) {
            for (Stage stage : scenario.stages()) {
                stage.fragments().stream().map(Fragment::text).forEach(secret::add);
                if (!stage.facilitatorNotes().isBlank()) {
                    secret.add(stage.facilitatorNotes());
                }
            }
        }
        assertFalse(secret.isEmpty(), "the bundled pack has fragments and notes to keep back");
        everyStep(this::enterEverything);
        Consumer<RunState> check = state -> {
            for (String text : slide().texts()) {
                assertFalse(text.contains("For you only") || text.matches("(?s).*Only .* knows.*"), where(state) + ": " + text);
                for (String kept : secret) {
                    assertFalse(text.contains(kept), where(state) + " shows what is for one agency or the facilitator: "
                            + kept);
                }
            }
        };
        everyStep(check);
        everyStep(state -> {
            run.reveal();
            check.accept(state);
        });
    }

    @Test
    void aBlankedDisplayShowsNothingAtAllEvenWithResultsRevealed() {
        run.jumpTo(firstScenario());
        enterEverything(run.stateProperty().get());
        run.reveal();
        assertBlankedUntilB(run, audience);
    }

    /** With results on screen: B blanks everything, moving on keeps it black, and B again brings a slide back. */
    static void assertBlankedUntilB(RunViewModel run, AudienceViewModel audience) {
        assertTrue(showsResults(audience.slideProperty().get()));
        run.toggleBlank();
        assertTrue(audience.slideProperty().get().blank());
        assertEquals(List.of(), audience.slideProperty().get().texts());
        run.next();
        assertTrue(audience.slideProperty().get().blank(), "moving on while blanked keeps the screen black");
        run.toggleBlank();
        assertFalse(audience.slideProperty().get().blank());
    }

    @Test
    void aRevealTakenBackHidesTheResultsAgain() {
        run.jumpTo(firstScenario());
        enterEverything(run.stateProperty().get());
        run.reveal();
        RunState revealed = run.stateProperty().get();
        Set<DecisionKey> withdrawn = new HashSet<>(revealed.revealed());
        withdrawn.remove(revealed.key());
        RunState hidden = new RunState(revealed.session(), revealed.agencies(), revealed.agenda(), revealed.pack(),
                revealed.position(), withdrawn);
        assertTrue(showsResults(SlideContent.of(input(revealed))));
        AudienceSlide again = SlideContent.of(input(hidden));
        assertNoResults(again, "after the reveal was taken back");
        assertEquals(SlideContent.of(input(revealed)).heading(), again.heading(), "the same stage, its results hidden");
    }

    @Test
    void theDebriefChartHoldsOnlyTheStagesTheRoomHasSeen() {
        run.jumpTo(firstScenario());
        enterEverything(run.stateProperty().get());
        run.reveal();
        run.next();
        enterEverything(run.stateProperty().get());
        while (!run.stateProperty().get().isDebrief()) {
            run.next();
        }
        SlideBlock.Grid chart = slide().blocks().stream().filter(b -> b instanceof SlideBlock.Grid)
                .map(b -> (SlideBlock.Grid) b).findFirst().orElseThrow();
        SlideBlock.GridRow police = chart.rows().get(0);
        assertEquals("Police", police.label());
        assertFalse(police.cells().get(0).text().equals("\u2013"), "stage 1 was revealed");
        assertEquals("\u2013", police.cells().get(1).text(), "stage 2 was answered but never revealed");
        assertNoResults(new AudienceSlide(slide().kicker(), slide().heading(), slide().blocks().stream()
                .filter(b -> !(b instanceof SlideBlock.Grid)).toList()), "the debrief beside its chart");
    }

    @Test
    void aCountCorrectedAfterRReachesTheProjectorAtOnce() {
        run.jumpTo(firstScenario());
        run.recordHands(run.stateProperty().get(), "police", Map.of(firstOption(), 4));
        run.reveal();
        assertTrue(slide().texts().contains("A 4"), slide().texts().toString());
        forceGarbageCollection();
        run.recordHands(run.stateProperty().get(), "police", Map.of(firstOption(), 3));
        assertTrue(slide().texts().contains("A 3"), "the corrected count, without moving away and back");
        assertFalse(slide().texts().contains("A 4"));
    }

    @Test
    void aRatingSavedAfterRReachesTheProjectorAtOnce() {
        run.jumpTo(1);
        run.reveal();
        assertTrue(slide().texts().contains("No ratings entered yet."));
        forceGarbageCollection();
        run.measures().rateTrust("police", "health", 4);
        assertTrue(slide().texts().contains("4"), slide().texts().toString());
    }

    @Test
    void anAgencyBelowTheThresholdByHeadcountIsNeverShownEvenWhenAllItsPeopleAnswered() {
        run.jumpTo(firstScenario());
        run.recordHands(run.stateProperty().get(), "police", Map.of(firstOption(), 4));
        run.recordHands(run.stateProperty().get(), "probation", Map.of(firstOption(), 2));
        run.reveal();
        List<String> texts = slide().texts();
        assertFalse(texts.stream().anyMatch(t -> t.contains("Probation")), "probation has 2 people, both answered");
        assertTrue(texts.contains("Not counted: 1 agency with fewer than 3 people, too few to stay anonymous."));
    }

    @Test
    void anAgencyOfFiveThatAnsweredOnTwoPhonesAloneIsNotShownButThreePhonesAre() {
        run.jumpTo(indexOf(AgendaItemKind.QUIZ));
        run.measures().recordMyth(run.stateProperty().get().myth().orElseThrow().id(), "police", 3, 1);
        run.reveal();
        List<String> two = withPhones(mythAnswers("a", "b")).texts();
        assertFalse(two.stream().anyMatch(t -> t.contains("Health")), two.toString());
        assertTrue(two.contains("Not counted: 1 agency with fewer than 3 people, too few to stay anonymous."));
        List<String> three = withPhones(mythAnswers("a", "b", "c")).texts();
        assertTrue(three.stream().anyMatch(t -> t.contains("Health")), three.toString());
    }

    /**
     * A revealed stage says how many of its shown answers came from phones, and never counts the
     * phones of an agency too small to show: three police phones, not probation's two with them.
     */
    @Test
    void theSourcesLineCountsOnlyThePhonesOfAgenciesTheChartShows() {
        run.jumpTo(firstScenario());
        run.next();
        run.recordHands(run.stateProperty().get(), "police", Map.of(firstOption(), 1));
        run.reveal();
        DecisionKey key = run.stateProperty().get().key();
        List<DeviceAnswer> phones = new java.util.ArrayList<>();
        for (String[] phone : new String[][] {{"p1", "police"}, {"p2", "police"}, {"p3", "police"}, {"x1", "probation"},
                {"x2", "probation"}}) {
            phones.add(new DeviceAnswer(key, phone[0], phone[1], "", firstOption(), "", "", 0, "", Moderation.APPROVED,
                    fixture.clock.instant()));
        }
        List<String> texts = withPhones(phones).texts();
        assertTrue(texts.contains("Answers from: show of hands, 3 phones."), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("Probation") || t.contains("5 phones")), texts.toString());
        assertTrue(texts.contains("Not counted: 1 agency with fewer than 3 people, too few to stay anonymous."));
    }

    private AudienceSlide withPhones(List<DeviceAnswer> answers) {
        AudienceInput typed = input(run.stateProperty().get());
        return SlideContent.of(new AudienceInput(typed.state(), typed.answers(), typed.notes(), typed.measures(),
                typed.itemStartedAt(), typed.zone(), false, new RoomPhones(false, "", "", "", null, answers)));
    }

    private List<DeviceAnswer> mythAnswers(String... devices) {
        DecisionKey key = run.stateProperty().get().key();
        return Stream.of(devices).map(device -> new DeviceAnswer(key, device, "health", "", "myth", "", "", 0, "",
                Moderation.APPROVED, fixture.clock.instant())).toList();
    }

    private int indexOf(AgendaItemKind kind) {
        List<AgendaItem> agenda = run.stateProperty().get().agenda();
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("the default agenda has a " + kind);
    }

    private int firstScenario() {
        List<AgendaItem> agenda = run.stateProperty().get().agenda();
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).kind() == AgendaItemKind.SCENARIO) {
                return i;
            }
        }
        throw new AssertionError("the default agenda has a scenario");
    }

    private AudienceSlide slide() {
        return audience.slideProperty().get();
    }

    private AudienceInput input(RunState state) {
        return new AudienceInput(state, run.answers(), run.notes(), run.measures().measuresProperty().get(),
                fixture.clock.instant(), fixture.clock.getZone(), false);
    }

    private String firstOption() {
        return run.stateProperty().get().stage().orElseThrow().decision().options().get(0).id();
    }

    /** Visits every step of the agenda from the start, unrevealed as the workshop found it. */
    private void everyStep(Consumer<RunState> action) {
        run.jumpTo(0);
        RunState before = null;
        while (before == null || !run.stateProperty().get().position().equals(before.position())) {
            before = run.stateProperty().get();
            action.accept(before);
            run.next();
        }
    }

    /** Answers, ratings and cards from every agency, so a slide that leaked results would have some to show. */
    private void enterEverything(RunState state) {
        var measures = run.measures();
        switch (state.item().kind()) {
            case SCENARIO -> state.stage().ifPresent(stage -> {
                for (SessionAgency agency : ROOM) {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    counts.put(stage.decision().options().get(0).id(), agency.headcount() - 1);
                    counts.put(stage.decision().options().get(1).id(), 1);
                    run.recordHands(state, agency.code(), counts);
                }
            });
            case QUIZ -> state.myth().ifPresent(myth -> ROOM.forEach(a -> measures.recordMyth(myth.id(), a.code(),
                    a.headcount() - 1, 1)));
            case TRUST_EXERCISE -> ROOM.forEach(from -> ROOM.stream().filter(to -> !to.equals(from))
                    .forEach(to -> measures.rateTrust(from.code(), to.code(), 3)));
            case CONFIDENCE_CHECK -> {
                for (ConfidenceItem item : state.pack().exercises().confidenceItems()) {
                    ROOM.forEach(a -> measures.recordConfidence(item.id(), a.code(), List.of(0, 1, a.headcount() - 1, 0, 0)));
                }
            }
            case AGENCY_CARDS -> ROOM.forEach(a -> measures.saveCard(new AgencyCard(a.code(), "Safeguarding concerns",
                    "Whole records", "The duty desk")));
            default -> { }
        }
    }

    /** Counts, verdicts, grids of answers and cards are results; a debrief's chart is only of revealed stages. */
    static boolean showsResults(AudienceSlide slide) {
        return slide.blocks().stream().anyMatch(b -> b instanceof SlideBlock.Bars || b instanceof SlideBlock.Verdict
                || b instanceof SlideBlock.Cards || b instanceof SlideBlock.Grid)
                || slide.texts().stream().anyMatch(t -> t.startsWith("Average trust") || t.startsWith("Sources:"));
    }

    static void assertNoResults(AudienceSlide slide, String where) {
        assertFalse(showsResults(slide), where + " shows results before R: " + slide);
        assertFalse(slide.texts().stream().anyMatch(t -> t.startsWith("Most:") || t.startsWith("The room:")
                || t.startsWith("Tie:") || t.equals("Myth") || t.equals("Fact")), where + ": " + slide.texts());
    }

    private static String where(RunState state) {
        return state.item().title() + ", step " + (state.position().stageIndex() + 1);
    }

    /** Collects garbage until an object nobody holds is gone, as a long day on the projector would. */
    private static void forceGarbageCollection() {
        WeakReference<Object> canary = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && canary.get() != null; i++) {
            System.gc();
        }
    }
}
