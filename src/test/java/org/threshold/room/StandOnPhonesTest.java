package org.threshold.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.ResponseSource;
import org.threshold.workshop.phones.AgencyCount;
import org.threshold.workshop.phones.DeviceTally;
import org.threshold.workshop.stand.StandAnswers;

/**
 * "Where we stand" answered over the real server: only the workshop's stages and statements are
 * taken, an answer can be changed, and each phone counts once.
 */
class StandOnPhonesTest {
    @TempDir
    Path dir;

    @Test
    void aPhonePlacesThePartnershipOnTheJourneyAndChangesItsMind() {
        try (RoomFixture room = new RoomFixture(dir)) {
            Phone phone = room.phone();
            phone.join(room.code(), "police");
            room.goTo(AgendaItemKind.WHERE_WE_STAND);
            String state = phone.get("/api/state").body();
            assertTrue(state.contains("\"kind\":\"journey\""), state);
            assertTrue(state.contains("\"id\":\"scoping\""), "the pack's stages are the choices: " + state);

            HttpResponse<String> saved = phone.answer("{\"question\":\"" + PhoneAnsweringTest.id(room)
                    + "\",\"option\":\"scoping\"}");
            assertEquals(200, saved.statusCode(), saved.body());
            assertTrue(saved.body().contains("Answer saved"));
            assertEquals(200, phone.answer("{\"question\":\"" + PhoneAnsweringTest.id(room)
                    + "\",\"option\":\"implementation\"}").statusCode());
            List<DeviceAnswer> stored = room.answers.answers(room.state.key());
            assertEquals(1, stored.size(), "a change replaces the placement");
            assertEquals("implementation", stored.get(0).value());
            assertTrue(phone.get("/api/state").body().contains("\"saved\":{\"option\":\"implementation\""),
                    "the phone sees its own placement again after a reload");

            HttpResponse<String> unknown = phone.answer("{\"question\":\"" + PhoneAnsweringTest.id(room)
                    + "\",\"option\":\"world-domination\"}");
            assertEquals(422, unknown.statusCode(), unknown.body());
            assertTrue(unknown.body().contains("Please pick one of the stages shown."), unknown.body());
            assertEquals("implementation", room.answers.answers(room.state.key()).get(0).value(), "nothing stored");
            HttpResponse<String> scored = phone.answer("{\"question\":\"" + PhoneAnsweringTest.id(room)
                    + "\",\"scores\":{\"signed-agreement\":\"3\"}}");
            assertEquals(400, scored.statusCode(), "the journey takes a stage, not scores");

            List<AgencyCount> counts = room.answers.counts(room.sessionId, room.state.key());
            assertEquals(new AgencyCount("police", "Police", 1, 1), counts.get(0), "the console's count moves");
        }
    }

    @Test
    void aPhoneRatesTheStatementsWithDontKnowAndAnUnknownStatementIsRefused() {
        try (RoomFixture room = new RoomFixture(dir)) {
            Phone phone = room.phone();
            phone.join(room.code(), "health");
            room.goTo(AgendaItemKind.WHERE_WE_STAND);
            room.next();
            String state = phone.get("/api/state").body();
            assertTrue(state.contains("\"kind\":\"readiness\"") && state.contains("\"id\":\"signed-agreement\""), state);
            assertFalse(state.contains("\"evidence\""), "the evidence prompts are for the facilitator");
            String id = PhoneAnsweringTest.id(room);

            assertEquals(200, phone.answer("{\"question\":\"" + id + "\",\"scores\":{\"signed-agreement\":\"2\","
                    + "\"lawful-basis-known\":\"dont-know\"}}").statusCode());
            assertEquals(200, phone.answer("{\"question\":\"" + id + "\",\"scores\":{\"signed-agreement\":\"4\","
                    + "\"lawful-basis-known\":\"dont-know\"}}").statusCode());
            assertEquals(Map.of("signed-agreement", "4", "lawful-basis-known", "dont-know"), saved(room));

            HttpResponse<String> unknown = phone.answer("{\"question\":\"" + id + "\",\"scores\":{\"signed-agreement\":\"1\","
                    + "\"we-are-perfect\":\"5\"}}");
            assertEquals(422, unknown.statusCode());
            assertTrue(unknown.body().contains("One of the scores is for a statement this question does not list."),
                    unknown.body());
            assertEquals(422, phone.answer("{\"question\":\"" + id + "\",\"scores\":{\"signed-agreement\":\"6\"}}")
                    .statusCode(), "scores are 1 to 5");
            assertEquals(Map.of("signed-agreement", "4", "lawful-basis-known", "dont-know"), saved(room),
                    "a refused answer changes nothing");

            StandAnswers joined = new DeviceTally(room.state.agenda()).withDevices(StandAnswers.NONE,
                    room.answers.sessionAnswers(room.sessionId));
            assertEquals(List.of(new ReadinessRating("lawful-basis-known", "health", 0, ReadinessRating.DONT_KNOW, 1,
                            ResponseSource.DEVICE), new ReadinessRating("signed-agreement", "health", 0, 4, 1,
                            ResponseSource.DEVICE)),
                    joined.ratings().stream().sorted(java.util.Comparator.comparing(ReadinessRating::statementId)).toList(),
                    "one person each, don't know kept as such");

            room.next();
            assertTrue(phone.get("/api/state").body().contains("\"question\":null"), "actions are agreed aloud");
        }
    }

    private static Map<String, String> saved(RoomFixture room) {
        Map<String, String> scores = new TreeMap<>();
        room.answers.answers(room.state.key()).forEach(a -> scores.put(a.part(), a.value()));
        return scores;
    }
}
