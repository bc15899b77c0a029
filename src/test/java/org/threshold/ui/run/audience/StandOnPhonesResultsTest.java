package org.threshold.ui.run.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.SessionAgency;
import org.threshold.report.ReadBack;
import org.threshold.report.ReportFormat;
import org.threshold.report.StandSummary;
import org.threshold.testing.Workshops;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.phones.AnswerInput;
import org.threshold.workshop.phones.DeviceTokens;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.phones.RoomQuestion;
import org.threshold.workshop.phones.RoomQuestions;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.summary.SummaryBuilder;

/**
 * "Where we stand" answered on phones joins the typed answers per agency, each phone one person,
 * and an agency that answered on phones alone is a group of its phones: the projector and the
 * exports show the same agencies and the same numbers. Three agencies of six people each:
 * two police phones (too few, hidden), three health phones (shown), probation's one hand beside
 * two phones (the hand speaks for the room, so probation keeps its headcount and shows).
 */
class StandOnPhonesResultsTest {
    private static final SessionAgency POLICE = new SessionAgency("police", "Police", 6, 1);
    private static final SessionAgency HEALTH = new SessionAgency("health", "Health / NHS", 6, 1);
    private static final SessionAgency PROBATION = new SessionAgency("probation", "Probation", 6, 1);
    private static final String NOT_COUNTED = "Not counted: 1 agency with fewer than 3 people, too few to stay anonymous.";

    @TempDir
    Path dir;
    WorkshopFixture fixture;
    PhoneAnswers phones;
    long id;
    RunState journey;
    RunState readiness;

    @BeforeEach
    void aRoomAnswersOnPhonesAndByHand() {
        fixture = new WorkshopFixture(dir);
        phones = new PhoneAnswers(fixture.database, fixture.clock, new DeviceTokens(new SecureRandom()));
        id = Workshops.plan(fixture.database, fixture.clock, List.of(POLICE, HEALTH, PROBATION), List.of(
                AgendaItem.planned(AgendaItemKind.WHERE_WE_STAND, "Where we stand", "", 25),
                AgendaItem.planned(AgendaItemKind.CLOSE, "Commitments and close", "", 10)));
        phones.setPhonesOn(id, true);
        journey = fixture.runner.start(id);
        readiness = fixture.runner.next(journey);
        String code = phones.room(id).joinCode();
        String[][] people = {
            {"police", "implementation", "1"}, {"police", "implementation", "1"},
            {"health", "scoping", "4"}, {"health", "scoping", "4"}, {"health", "scoping", "dont-know"},
            {"probation", "design-and-plan", "3"}, {"probation", "design-and-plan", "3"}};
        for (String[] person : people) {
            String token = phones.join(id, code, person[0], null);
            answer(journey, token, new AnswerInput(RoomQuestions.of(journey).id(), person[1], null, null, null, null, null,
                    null));
            answer(readiness, token, new AnswerInput(RoomQuestions.of(readiness).id(), null, null, null, null, null,
                    Map.of("signed-agreement", person[2]), null));
        }
        fixture.runner.stand().recordJourneyHands(id, PROBATION, Map.of("vision", 1));
        fixture.runner.stand().recordRatingHands(id, PROBATION, "signed-agreement", new int[] {0, 0, 1, 0, 0, 0});
        journey = fixture.runner.reveal(journey);
        readiness = fixture.runner.reveal(readiness);
    }

    private void answer(RunState state, String token, AnswerInput input) {
        RoomQuestion question = RoomQuestions.of(state);
        phones.answer(id, question, token, input);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private AudienceSlide projector(RunState state) {
        return projector(state, true);
    }

    /** @param phonesOn false for a room whose phones were turned off after they answered */
    private AudienceSlide projector(RunState state, boolean phonesOn) {
        RoomPhones room = new RoomPhones(phonesOn, "127.0.0.1:8080", "http://127.0.0.1:8080/", phones.room(id).joinCode(),
                null, phones.sessionAnswers(id));
        return SlideContent.of(new AudienceInput(state, List.of(), List.of(), Measures.NONE, fixture.clock.instant(),
                ZoneId.of("Europe/London"), false, room, fixture.runner.stand().load(id)));
    }

    /** Each grid row's label with the numbers its cells hold, "●" marks and all left out. */
    private static Map<String, List<Integer>> rows(AudienceSlide slide) {
        SlideBlock.Grid grid = slide.blocks().stream().filter(b -> b instanceof SlideBlock.Grid).map(b -> (SlideBlock.Grid) b)
                .findFirst().orElseThrow(() -> new AssertionError("no grid: " + slide.texts()));
        return grid.rows().stream().collect(Collectors.toMap(SlideBlock.GridRow::label, r -> r.cells().stream()
                .map(c -> c.text().replaceAll("[^0-9]", "")).map(t -> t.isEmpty() ? 0 : Integer.parseInt(t)).toList(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void theProjectorShowsThePhonesWithTheTypedHandsAndHidesTwoPhonesOfSix() {
        AudienceSlide placed = projector(journey);
        Map<String, List<Integer>> rows = rows(placed);
        assertEquals(List.of("Health / NHS", "Probation", "Everyone shown"), List.copyOf(rows.keySet()), placed.texts()
                .toString());
        assertEquals(List.of(0, 3, 0, 0, 0, 0), rows.get("Health / NHS"), "three health phones, one person each");
        assertEquals(List.of(1, 0, 2, 0, 0, 0), rows.get("Probation"), "one hand and two phones");
        assertEquals(List.of(1, 3, 2, 0, 0, 0), rows.get("Everyone shown"), "the two police phones are in no total");
        assertTrue(placed.texts().contains(NOT_COUNTED), placed.texts().toString());
        assertFalse(placed.texts().stream().anyMatch(t -> t.contains("Police")), placed.texts().toString());

        AudienceSlide rated = projector(readiness);
        assertEquals(List.of(0, 1, 2, 2, 0, 1), rows(rated).values().iterator().next().subList(0, 6),
                "scores 1 to 5 and don't know: police's two 1s left out, health's don't know kept");
        assertTrue(rated.texts().contains(NOT_COUNTED), rated.texts().toString());
    }

    /** Before R the room is told to answer the way it answers: on its phones while phones are on, at its table otherwise. */
    @Test
    void beforeTheRevealTheRoomIsToldToAnswerOnItsPhonesWhilePhonesAreOn() {
        RunState placing = fixture.runner.hide(journey);
        List<String> onPhones = projector(placing).texts();
        assertTrue(onPhones.contains("Answer on your phone. Results stay hidden until everyone has answered."),
                onPhones.toString());
        assertFalse(onPhones.stream().anyMatch(t -> t.contains("at your table")), onPhones.toString());
        List<String> byHand = projector(placing, false).texts();
        assertTrue(byHand.contains("Agree one stage at your table. Results stay hidden until everyone has answered."),
                byHand.toString());
        assertFalse(byHand.stream().anyMatch(t -> t.contains("phone")), byHand.toString());

        RunState rating = fixture.runner.hide(readiness);
        assertTrue(projector(rating).texts().stream().anyMatch(t -> t.startsWith("On your phone: 1 not in place")),
                projector(rating).texts().toString());
        assertTrue(projector(rating, false).texts().stream().anyMatch(t -> t.startsWith("1 not in place")));
        assertFalse(projector(rating, false).texts().stream().anyMatch(t -> t.contains("phone")));
    }

    /**
     * A revealed figure says how many of its shown answers came from phones, as a decision does,
     * and never counts a phone of an agency it hides: the five shown phones, not the seven.
     */
    @Test
    void theRevealedSlidesSayHowManyShownAnswersCameFromPhonesAndNoneOfTheHidden() {
        for (RunState state : List.of(journey, readiness)) {
            for (boolean phonesOn : new boolean[] {true, false}) {
                List<String> texts = projector(state, phonesOn).texts();
                assertTrue(texts.contains("Answers from: show of hands, 5 phones."), texts.toString());
                assertFalse(texts.stream().anyMatch(t -> t.contains("7 phones")), "police's two phones are hidden");
            }
        }
    }

    @Test
    void theSummaryAndItsCsvCountTheSamePeopleAsTheProjector() throws Exception {
        SummaryBuilder builder = new SummaryBuilder(fixture.database, PackDecoder.strict(), fixture.clock,
                ZoneId.of("Europe/London"));
        StandSummary stand = builder.build(id, true).stand();
        assertEquals(List.of("Health / NHS", "Probation", "Everyone shown"), stand.journey().stream()
                .map(StandSummary.JourneyRow::agency).toList());
        assertEquals(List.of(1, 3, 2, 0, 0, 0), stand.journey().get(2).counts());
        assertEquals(NOT_COUNTED, stand.hiddenNote());
        StandSummary.StatementRow agreement = stand.statements().get(0);
        assertEquals(List.of(0, 1, 2, 2, 0), agreement.counts());
        assertEquals(1, agreement.dontKnow());

        Path out = Files.createDirectories(dir.resolve("csv"));
        new ExportSession(fixture.database, builder).export(id, ReportFormat.CSV, out, true, step -> { });
        List<CSVRecord> placed = ReadBack.csv(out.resolve("stand-journey.csv"));
        assertEquals(Map.of("Health / NHS", 3, "Probation", 3), placed.stream().collect(Collectors.groupingBy(
                r -> r.get("agency"), Collectors.summingInt(r -> Integer.parseInt(r.get("people"))))),
                "the same agencies and people as the projector's rows");
        List<CSVRecord> answered = ReadBack.csv(out.resolve("answered.csv"));
        assertTrue(answered.stream().anyMatch(r -> r.get("people").equals("8") && r.get("on_phones").equals("7")
                && r.get("sources").equals("Show of hands and phones")), "how many answered the journey, and how");
    }
}
