package org.threshold.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItemKind;

/** When the app restarts mid-question, every saved answer is kept and the phones carry on without joining again. */
class RoomRestartTest {
    @TempDir
    Path dir;

    @Test
    void afterARestartPhonesCarryOnWithTheirCookieAndTheirAnswers() {
        int port;
        long session;
        Phone before;
        String question;
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.SCENARIO);
            question = PhoneAnsweringTest.id(room);
            before = room.phone();
            before.join(room.code(), "health");
            assertEquals(200, before.answer("{\"question\":\"" + question + "\",\"option\":\"seek-consent\"}").statusCode());
            port = room.server.port();
            session = room.sessionId;
        }
        try (RoomFixture restarted = new RoomFixture(dir, RoomLimits.standard(), port, session)) {
            Phone after = new Phone(port, before);
            String state = after.get("/api/state").body();
            assertTrue(state.contains("\"joined\":true"), "no need to join again: " + state);
            assertTrue(state.contains("\"id\":\"" + question + "\""), "the room resumed at the same question: " + state);
            assertTrue(state.contains("\"saved\":{\"option\":\"seek-consent\""), "the saved answer is there: " + state);
            assertEquals(200, after.answer("{\"question\":\"" + question + "\",\"option\":\"share-now\"}").statusCode());
            assertEquals(1, restarted.answers.answers(restarted.state.key()).size(), "still one answer from this phone");
        }
    }
}
