package org.threshold.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItemKind;
import org.threshold.workshop.phones.PhoneServerException;

/**
 * The phone server listens only where and while the facilitator says, and refuses a foreign host
 * or origin, a wrong join code, an oversized or malformed body, an answer the question does not
 * offer and a sender going too fast: every refusal has a plain message and stores nothing. Each
 * test here was seen to fail with its guard taken out.
 */
class RoomSecurityTest {
    @TempDir
    Path dir;

    @Test
    void theServerListensOnlyOnTheChosenAddressAndOnlyWhilePhonesAreOn() throws IOException {
        try (RoomFixture room = new RoomFixture(dir)) {
            int port = room.server.port();
            try (Socket ok = new Socket("127.0.0.1", port)) {
                assertTrue(ok.isConnected());
            }
            // 127.0.0.2 is this machine too: bound to 127.0.0.1 alone, the server is not there.
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.2", port).close());
            room.server.stop();
            assertFalse(room.server.isRunning());
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        }
    }

    @Test
    void aPortAlreadyTakenIsSaidPlainly() {
        try (RoomFixture room = new RoomFixture(dir)) {
            RoomServer second = new RoomServer(room.answers, RoomLimits.standard());
            PhoneServerException taken = assertThrows(PhoneServerException.class,
                    () -> second.start(room.sessionId, "127.0.0.1", room.server.port()));
            assertTrue(taken.getMessage().contains("already in use"), taken.getMessage());
            assertFalse(second.isRunning());
        }
    }

    @Test
    void anUnknownHostHeaderIsRefused() {
        try (RoomFixture room = new RoomFixture(dir)) {
            int port = room.server.port();
            assertEquals(200, RawHttp.status(RawHttp.get(port, "/", "127.0.0.1:" + port)));
            String rebinding = RawHttp.get(port, "/api/state", "attacker.example:" + port);
            assertEquals(403, RawHttp.status(rebinding));
            assertTrue(rebinding.contains("not an address the room answers to"), rebinding);
            assertEquals(403, RawHttp.status(RawHttp.send(port, "GET / HTTP/1.0\r\n")), "no Host at all");
        }
    }

    @Test
    void aWrongJoinCodeIsRefusedAndRepeatedFailuresAreSlowedDown() {
        try (RoomFixture room = new RoomFixture(dir)) {
            Phone phone = room.phone();
            String wrong = room.code().equals("000000") ? "111111" : "000000";
            for (int i = 0; i < RoomLimits.standard().joinFailures().burst(); i++) {
                HttpResponse<String> refused = phone.join(wrong, "police");
                assertEquals(401, refused.statusCode());
                assertTrue(refused.body().contains("not the one on the screen"), refused.body());
            }
            HttpResponse<String> slowed = phone.join(room.code(), "police");
            assertEquals(429, slowed.statusCode(), "even the right code waits after too many wrong ones");
            room.nanos.addAndGet(60_000_000_000L);
            assertEquals(200, phone.join(room.code(), "police").statusCode(), "a minute later it is let in");
        }
    }

    @Test
    void aBodyOverFourKilobytesIsRefusedBeforeItIsRead() {
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.OPEN_QUESTION);
            Phone phone = room.phone();
            phone.join(room.code(), "police");
            String big = "{\"question\":\"" + PhoneAnsweringTest.id(room) + "\",\"text\":\"" + "x".repeat(4100) + "\"}";
            HttpResponse<String> refused = phone.answer(big);
            assertEquals(413, refused.statusCode());
            assertTrue(refused.body().contains("too long"), refused.body());
            HttpResponse<String> chunked = phone.postChunked("/api/answer", big);
            assertEquals(413, chunked.statusCode(), "a body of unsaid length is cut off at the limit too");
            assertTrue(room.answers.answers(room.state.key()).isEmpty());
        }
    }

    @Test
    void malformedJsonUnknownFieldsAndRepeatedKeysAreRefused() {
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.SCENARIO);
            Phone phone = room.phone();
            phone.join(room.code(), "police");
            String id = PhoneAnsweringTest.id(room);
            assertRefused(phone.answer("{\"question\":\"" + id + "\",\"option\":"), 400, "could not be read");
            assertRefused(phone.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\",\"admin\":true}"), 400,
                    "does not know: \\\"admin\\\"");
            assertRefused(phone.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\",\"option\":\"seek-advice\"}"),
                    400, "could not be read");
            assertRefused(phone.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\",\"confidence\":\"4\"}"), 400,
                    "could not be read");
            assertRefused(phone.answer("[]"), 400, "could not be read");
            assertRefused(phone.answer("null"), 400, "could not be read");
            assertTrue(room.answers.answers(room.state.key()).isEmpty());
        }
    }

    @Test
    void unknownQuestionsOptionsNotOfferedAndOverlongTextAreRefused() {
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.SCENARIO);
            Phone phone = room.phone();
            phone.join(room.code(), "police");
            String id = PhoneAnsweringTest.id(room);
            assertRefused(phone.answer("{\"question\":\"999.0\",\"option\":\"share-now\"}"), 409, "moved on");
            assertRefused(phone.answer("{\"question\":\"" + id + "\",\"option\":\"burn-the-file\"}"), 422,
                    "pick one of the answers");
            assertRefused(phone.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\",\"withWhom\":\"mi5\"}"), 422,
                    "not one this question asks about");
            assertRefused(phone.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\",\"confidence\":9}"), 422,
                    "from 1 to 5");
            assertRefused(phone.answer("{\"question\":\"" + id + "\",\"option\":\"share-now\",\"reason\":\"" + "y".repeat(281)
                    + "\"}"), 422, "280 characters");
            assertRefused(phone.answer("{\"question\":\"" + id + "\",\"text\":\"not here\",\"option\":\"share-now\"}"), 400,
                    "parts this question does not ask for");
            room.goTo(AgendaItemKind.TRUST_EXERCISE);
            String trust = PhoneAnsweringTest.id(room);
            assertRefused(phone.answer("{\"question\":\"" + trust + "\",\"scores\":{\"police\":\"5\"}}"), 422,
                    "does not rate itself");
            assertRefused(phone.answer("{\"question\":\"" + trust + "\",\"scores\":{\"health\":\"6\"}}"), 422, "1 to 5");
            assertRefused(phone.answer("{\"question\":\"" + trust + "\",\"scores\":{\"cia\":\"3\"}}"), 422, "does not ask about");
            assertTrue(room.answers.sessionAnswers(room.sessionId).isEmpty(), "nothing stored");
        }
    }

    @Test
    void aPostFromAnywhereButTheRoomsOwnPageIsRefused() {
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.SCENARIO);
            Phone phone = room.phone();
            phone.join(room.code(), "police");
            String answer = "{\"question\":\"" + PhoneAnsweringTest.id(room) + "\",\"option\":\"share-now\"}";
            assertRefused(phone.post("/api/answer", answer, Map.of("Origin", "http://attacker.example")), 403, "own page");
            assertRefused(phone.post("/api/answer", answer, Map.of("Origin", "null")), 403, "own page");
            assertRefused(phone.post("/api/answer", answer, Map.of("Sec-Fetch-Site", "cross-site")), 403, "own page");
            assertRefused(phone.post("/api/answer", answer, Map.of(RequestChecks.ROOM_HEADER, "")), 403, "own page");
            assertRefused(phone.post("/api/answer", answer, Map.of("Content-Type", "text/plain")), 415, "JSON");
            assertRefused(room.phone().answer(answer), 403, "join the room first");
            assertTrue(room.answers.answers(room.state.key()).isEmpty());
            String sameOrigin = "http://127.0.0.1:" + room.server.port();
            assertEquals(200, phone.post("/api/answer", answer, Map.of("Origin", sameOrigin, "Sec-Fetch-Site", "same-origin"))
                    .statusCode(), "the page itself gets through");
        }
    }

    @Test
    void aDeviceAndAnAddressSendingTooFastAreSlowedDown() {
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.SCENARIO);
            Phone phone = room.phone();
            phone.join(room.code(), "police");
            String answer = "{\"question\":\"" + PhoneAnsweringTest.id(room) + "\",\"option\":\"share-now\"}";
            for (int i = 0; i < RoomLimits.standard().perDevice().burst(); i++) {
                assertEquals(200, phone.answer(answer).statusCode());
            }
            assertRefused(phone.answer(answer), 429, "a lot of answers at once");
            int left = RoomLimits.standard().perAddress().burst() - RoomLimits.standard().perDevice().burst() - 2;
            for (int i = 0; i < left; i++) {
                assertEquals(200, phone.get("/phone.css").statusCode());
            }
            assertRefused(phone.get("/phone.css"), 429, "Too many requests");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        try (RoomFixture room = new RoomFixture(dir)) {
            Phone phone = room.phone();
            for (HttpResponse<String> response : new HttpResponse[] {phone.get("/"), phone.get("/phone.js"),
                phone.get("/api/state"), phone.get("/nothing-here"), phone.join("nope", "police"),
                phone.post("/api/answer", "{}", Map.of("Origin", "http://attacker.example"))}) {
                var headers = response.headers();
                assertEquals(HttpReply.CONTENT_SECURITY_POLICY, headers.firstValue("Content-Security-Policy").orElse(""),
                        response.uri() + " " + response.statusCode());
                assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
                assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""));
                assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""));
            }
            String page = phone.get("/").body();
            assertFalse(page.matches("(?s).*<script>.*|.*\\son[a-z]+=.*|.*style=.*"), "no inline script or style");
            assertFalse(page.contains("http://") || page.contains("https://"), "nothing from elsewhere");
        }
    }

    @Test
    void thereIsNoListingAndNoPathOutsideThePageFiles() {
        try (RoomFixture room = new RoomFixture(dir)) {
            int port = room.server.port();
            String host = "127.0.0.1:" + port;
            for (String path : new String[] {"/page/", "/org/threshold/room/page/", "/phone.js/..", "/../phone.js",
                "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd", "/index.html", "/api/", "//etc/passwd",
                "/phone.js%00.html"}) {
                String response = RawHttp.get(port, path, host);
                assertEquals(404, RawHttp.status(response), path);
                assertFalse(response.contains("root:"), path);
            }
            assertEquals(405, RawHttp.status(RawHttp.send(port, "DELETE / HTTP/1.1\r\nHost: " + host + "\r\n")));
        }
    }

    @Test
    void aChangedJoinCodeShutsOutThePhonesThatJoinedWithTheOldOne() {
        try (RoomFixture room = new RoomFixture(dir)) {
            room.goTo(AgendaItemKind.SCENARIO);
            Phone phone = room.phone();
            phone.join(room.code(), "police");
            String answer = "{\"question\":\"" + PhoneAnsweringTest.id(room) + "\",\"option\":\"share-now\"}";
            assertEquals(200, phone.answer(answer).statusCode());
            String oldCode = room.code();
            room.answers.changeCode(room.sessionId);
            room.server.refresh();
            assertRefused(phone.answer(answer), 401, "join the room first");
            assertTrue(phone.get("/api/state").body().contains("\"joined\":false"));
            assertEquals(401, phone.join(oldCode, "police").statusCode());
            assertEquals(200, phone.join(room.code(), "police").statusCode());
            assertEquals(200, phone.answer(answer).statusCode());
            assertEquals(1, room.answers.answers(room.state.key()).size(), "the phone that joined again counts once");
        }
    }

    @Test
    void joiningNeedsPhonesOnAndAnAgencyOfTheWorkshop() {
        try (RoomFixture room = new RoomFixture(dir)) {
            Phone phone = room.phone();
            assertRefused(phone.join(room.code(), "mi5"), 422, "pick your agency");
            room.answers.setPhonesOn(room.sessionId, false);
            assertRefused(phone.join(room.code(), "police"), 401, "not on");
        }
    }

    private static void assertRefused(HttpResponse<String> response, int status, String says) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(says), response.body());
    }
}
