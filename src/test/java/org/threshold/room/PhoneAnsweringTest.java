package org.threshold.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.ResponseSource;
import org.threshold.workshop.phones.AgencyCount;

/**
 * A phone joins with the code, its answer is stored before "saved" is said and a change replaces
 * it, a closed question takes nothing until reopened, and the console counts who joined and
 * answered per agency, never which answer.
 */
class PhoneAnsweringTest {
    @TempDir
    Path dir;

    @Test
    void aPhoneJoinsWithTheCodeAndHoldsAnHttpOnlyStrictCookie() {
        try (RoomFixture room = new RoomFixture(dir)) {
            Phone phone = room.phone();
            HttpResponse<String> before = phone.get("/api/state");
            assertTrue(before.body().contains("\"joined\":false"), before.body());
            assertFalse(before.body().contains("question\":{"), "no question before joining");

            HttpResponse<String> joined = phone.join(room.code(), "police");
            assertEquals(200, joined.statusCode(), joined.body());
            String cookie = joined.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            assertTrue(joined.body().contains("\"joined\":true"), joined.body());
            assertTrue(joined.body().contains("\"question\":null"), "nothing to answer at the welcome");

            room.goTo(AgendaItemKind.SCENARIO);
            String state = phone.get("/api/state").body();
            assertTrue(state.contains("\"kind\":\"decision\""), state);
            assertTrue(state.contains("\"id\":\"share-now\""), state);
            assertFalse(state.contains("facilitator"), "nothing for the facilitator only");
        }
    }

    @Test
    void anAnswerIsStoredWhenSavedIsSaidAndAChangeReplacesIt() {
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.SCENARIO);
            Phone phone = room.phone();
            phone.join(room.code(), "police");
            String id = room.state.key().agendaItemId() + "." + room.state.key().stageIndex();

            HttpResponse<String> saved = phone.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\",\"confidence\":4,"
                    + "\"reason\":\"Risk to the child\",\"basis\":\"article-6=public-task\"}");
            assertEquals(200, saved.statusCode(), saved.body());
            assertTrue(saved.body().contains("Answer saved"));
            List<DeviceAnswer> stored = room.answers.answers(room.state.key());
            assertEquals(1, stored.size());
            assertEquals("share-now", stored.get(0).value());
            assertEquals(4, stored.get(0).confidence());

            phone.answer("{\"question\":\"" + id + "\",\"option\":\"seek-advice\"}");
            phone.answer("{\"question\":\"" + id + "\",\"option\":\"seek-advice\"}");
            stored = room.answers.answers(room.state.key());
            assertEquals(1, stored.size(), "a change replaces and a retry counts once");
            assertEquals("seek-advice", stored.get(0).value());
            assertTrue(phone.get("/api/state").body().contains("\"saved\":{\"option\":\"seek-advice\""),
                    "the phone sees its own answer again after a reload");
        }
    }

    @Test
    void theConsoleCountsJoinedAndAnsweredPerAgencyWithoutTheSplit() {
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.SCENARIO);
            String id = room.state.key().agendaItemId() + "." + room.state.key().stageIndex();
            Phone a = room.phone();
            Phone b = room.phone();
            Phone c = room.phone();
            a.join(room.code(), "police");
            b.join(room.code(), "police");
            c.join(room.code(), "health");
            a.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\"}");
            c.answer("{\"question\":\"" + id + "\",\"option\":\"seek-advice\"}");
            List<AgencyCount> counts = room.answers.counts(room.sessionId, room.state.key());
            assertEquals(new AgencyCount("police", "Police", 2, 1), counts.get(0));
            assertEquals(new AgencyCount("health", "Health / NHS", 1, 1), counts.get(1));
            assertEquals(new AgencyCount("housing", "Housing", 0, 0), counts.get(2));
        }
    }

    @Test
    void aClosedQuestionRefusesAnswersAndStoresNothingUntilReopened() {
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.SCENARIO);
            String id = room.state.key().agendaItemId() + "." + room.state.key().stageIndex();
            Phone phone = room.phone();
            phone.join(room.code(), "housing");
            room.answers.close(room.sessionId, room.state.key());
            room.server.refresh();
            assertTrue(phone.get("/api/state").body().contains("\"open\":false"));
            HttpResponse<String> refused = phone.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\"}");
            assertEquals(409, refused.statusCode());
            assertTrue(refused.body().contains("Answering has closed for this question."), refused.body());
            assertTrue(room.answers.answers(room.state.key()).isEmpty());

            room.answers.reopen(room.sessionId, room.state.key());
            assertEquals(200, phone.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\"}").statusCode());
        }
    }

    @Test
    void everyKindOfQuestionTakesItsOwnAnswerAndDecisionsCarryTheirSource() {
        try (RoomFixture room = new RoomFixture(dir)) {
            Phone phone = room.phone();
            phone.join(room.code(), "health");
            room.goTo(AgendaItemKind.TRUST_EXERCISE);
            assertEquals(200, phone.answer("{\"question\":\"" + id(room) + "\",\"scores\":{\"police\":\"4\",\"housing\":"
                    + "\"dont-know\"}}").statusCode());
            room.goTo(AgendaItemKind.CONFIDENCE_CHECK);
            assertEquals(200, phone.answer("{\"question\":\"" + id(room) + "\",\"scores\":{\"kq-purpose\":\"5\"}}").statusCode());
            room.goTo(AgendaItemKind.QUIZ);
            assertEquals(200, phone.answer("{\"question\":\"" + id(room) + "\",\"option\":\"myth\"}").statusCode());
            room.goTo(AgendaItemKind.OPEN_QUESTION);
            assertEquals(200, phone.answer("{\"question\":\"" + id(room) + "\",\"text\":\"Fear of getting it wrong\"}")
                    .statusCode());
            room.goTo(AgendaItemKind.SCENARIO);
            assertEquals(200, phone.answer("{\"question\":\"" + id(room) + "\",\"option\":\"share-now\"}").statusCode());

            var tally = new org.threshold.workshop.phones.DeviceTally(room.state.agenda());
            List<DeviceAnswer> all = room.answers.sessionAnswers(room.sessionId);
            assertEquals(2, tally.trust(all).size());
            assertEquals(1, tally.trust(all).stream().filter(r -> r.saysDontKnow()).count(), "don't know is kept as such");
            assertEquals(1, tally.confidence(all).size());
            assertEquals(1, tally.myths(all, room.state.pack().exercises().mythOrFact().stream()
                    .map(m -> m.id()).toList()).get(0).saidMyth());
            assertEquals(ResponseSource.DEVICE, tally.responses(all).get(0).source());
        }
    }

    static String id(RoomFixture room) {
        return room.state.key().agendaItemId() + "." + room.state.key().stageIndex();
    }
}
