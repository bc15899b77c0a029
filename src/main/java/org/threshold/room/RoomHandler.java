package org.threshold.room;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.threshold.workshop.phones.AnswerInput;
import org.threshold.workshop.phones.AnswerRefused;
import org.threshold.workshop.phones.DeviceTokens;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.phones.RoomQuestion;
import org.threshold.workshop.phones.RoomQuestion.Choice;

/**
 * Every request to the phone server: the page's three files and four calls (state, live stream,
 * join, answer). Each refusal is one plain sentence with the status that says why, and nothing stored.
 */
final class RoomHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(RoomHandler.class.getName());
    private static final int COOKIE_SECONDS = 12 * 60 * 60;

    private final RoomNow now;
    private final RequestChecks checks;
    private final PageFiles pages;
    private final LiveStream live;
    private final PhoneAnswers answers;
    private final RoomJson json = new RoomJson();
    private final RateLimiter perAddress;
    private final RateLimiter joinFailures;
    private final RateLimiter perDevice;
    private final Runnable activity;

    RoomHandler(RoomNow now, RequestChecks checks, RoomLimits limits, PageFiles pages, LiveStream live,
                PhoneAnswers answers, Runnable activity) {
        this.now = now;
        this.checks = checks;
        this.pages = pages;
        this.live = live;
        this.answers = answers;
        this.activity = activity;
        this.perAddress = new RateLimiter(limits.perAddress(), limits.nanoClock());
        this.joinFailures = new RateLimiter(limits.joinFailures(), limits.nanoClock());
        this.perDevice = new RateLimiter(limits.perDevice(), limits.nanoClock());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String address = exchange.getRemoteAddress().getAddress().getHostAddress();
            if (!perAddress.take(address)) {
                throw new Refusal(429, "Too many requests from this phone. Please wait a moment and try again.");
            }
            String host = checks.host(exchange);
            String path = exchange.getRequestURI().getRawPath();
            switch (path) {
                case "/api/state" -> {
                    get(exchange);
                    HttpReply.json(exchange, 200, json.write(state(exchange)));
                }
                case "/api/events" -> {
                    get(exchange);
                    events(exchange);
                }
                case "/api/join" -> {
                    post(exchange, host);
                    join(exchange, address);
                }
                case "/api/answer" -> {
                    post(exchange, host);
                    answer(exchange);
                }
                default -> page(exchange, path);
            }
        } catch (Refusal refusal) {
            refuse(exchange, refusal.status(), refusal.getMessage());
        } catch (AnswerRefused refused) {
            refuse(exchange, status(refused.reason()), refused.getMessage());
        } catch (RuntimeException e) {
            // A full disk, a database refusing a write: nothing was saved, and the page tries again by itself.
            LOG.log(System.Logger.Level.WARNING, "A phone's request could not be served: " + e.getMessage());
            refuse(exchange, 503, "The laptop could not save that just now. Please try again.");
        }
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        PageFiles.File file = pages.find(path).orElseThrow(() -> new Refusal(404, "There is no such page here."));
        get(exchange);
        HttpReply.send(exchange, 200, file.contentType(), file.bytes());
    }

    private void events(HttpExchange exchange) throws IOException {
        Optional<String> token = token(exchange);
        if (token.isEmpty() || answers.agencyOf(now.sessionId(), token.get()).isEmpty()) {
            throw new Refusal(401, "Please join the room first, with the code on the screen.");
        }
        exchange.getRequestBody().close();
        live.open(exchange, now.version());
    }

    private void join(HttpExchange exchange, String address) throws IOException {
        if (!joinFailures.hasLeft(address)) {
            throw new Refusal(429, "Too many wrong codes from this phone. Please wait a minute, then try again.");
        }
        RoomJson.JoinRequest request = json.read(checks.body(exchange), RoomJson.JoinRequest.class);
        String token;
        try {
            token = answers.join(now.sessionId(), request.code(), request.agency(), token(exchange).orElse(null));
        } catch (AnswerRefused refused) {
            if (refused.reason() == AnswerRefused.Reason.WRONG_CODE) {
                joinFailures.take(address);
            }
            throw refused;
        }
        exchange.getResponseHeaders().add("Set-Cookie", RequestChecks.DEVICE_COOKIE + "=" + token
                + "; Path=/; Max-Age=" + COOKIE_SECONDS + "; HttpOnly; SameSite=Strict");
        activity.run();
        HttpReply.json(exchange, 200, json.write(state(answers.agencyOf(now.sessionId(), token), token)));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String token = token(exchange).orElseThrow(() -> new Refusal(403, "Please join the room first, with the code on the screen."));
        if (!perDevice.take(token)) {
            throw new Refusal(429, "That was a lot of answers at once. Please wait a moment and try again.");
        }
        AnswerInput input = json.read(checks.body(exchange), AnswerInput.class);
        answers.answer(now.sessionId(), now.question(), token, input);
        activity.run();
        HttpReply.json(exchange, 200, json.write(new RoomJson.Message("Answer saved")));
    }

    private RoomJson.State state(HttpExchange exchange) {
        Optional<String> token = token(exchange);
        return state(token.flatMap(t -> answers.agencyOf(now.sessionId(), t)), token.orElse(null));
    }

    private RoomJson.State state(Optional<String> agency, String token) {
        List<Choice> agencies = answers.agencies(now.sessionId()).stream().map(a -> new Choice(a.code(), a.name())).toList();
        boolean on = answers.room(now.sessionId()).phonesOn();
        RoomQuestion question = now.question();
        if (agency.isEmpty() || !question.asksAnything()) {
            return new RoomJson.State(on, agency.isPresent(), agency.orElse(null), now.version(), agencies, null, null);
        }
        return new RoomJson.State(on, true, agency.get(), now.version(), agencies,
                RoomJson.QuestionView.of(question, !answers.isClosed(question.key())),
                RoomJson.Saved.of(question.kind(), answers.saved(now.sessionId(), question.key(), token)));
    }

    private Optional<String> token(HttpExchange exchange) {
        return RequestChecks.cookie(exchange, RequestChecks.DEVICE_COOKIE).filter(DeviceTokens::isWellFormed);
    }

    private static void get(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            throw new Refusal(405, "That is not something this page does.");
        }
    }

    private void post(HttpExchange exchange, String host) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            throw new Refusal(405, "That is not something this page does.");
        }
        checks.fromTheRoomsPage(exchange, host);
    }

    private void refuse(HttpExchange exchange, int status, String message) throws IOException {
        try {
            if (status == 405) {
                exchange.getResponseHeaders().set("Allow", "GET, POST");
            }
            HttpReply.json(exchange, status, json.write(new RoomJson.Message(message)));
        } catch (IOException e) {
            // The phone went away before the refusal reached it; there is no one left to tell.
            exchange.close();
        }
    }

    private static int status(AnswerRefused.Reason reason) {
        return switch (reason) {
            case MALFORMED -> 400;
            case NOT_JOINED, WRONG_CODE -> 401;
            case CLOSED, NOT_CURRENT -> 409;
            case INVALID -> 422;
        };
    }
}
