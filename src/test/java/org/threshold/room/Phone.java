package org.threshold.room;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One participant's phone, as the JDK's HTTP client with the page's own headers. It keeps the
 * device cookie as a browser does (the JDK's cookie manager would send it back in the old RFC 2965
 * form, which no browser uses).
 */
final class Phone {
    final URI base;
    private final HttpClient client;
    private volatile String cookie;

    Phone(int port) {
        base = URI.create("http://127.0.0.1:" + port);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).proxy(HttpClient.Builder.NO_PROXY).build();
    }

    /** A phone that carries on with the cookie another one holds: the same browser after the laptop restarted. */
    Phone(int port, Phone before) {
        this(port);
        cookie = before.cookie;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return post(path, json, Map.of());
    }

    /** A POST as the page sends it, with {@code headers} added or (with an empty value) left out. */
    HttpResponse<String> post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (!headers.containsKey(RequestChecks.ROOM_HEADER)) {
            request.header(RequestChecks.ROOM_HEADER, "1");
        }
        headers.forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.header(name, value);
            }
        });
        return send(request);
    }

    /** A POST whose length is not said beforehand: the body comes in chunks, as a script can send it. */
    HttpResponse<String> postChunked(String path, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header(RequestChecks.ROOM_HEADER, "1")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
    }

    HttpResponse<String> join(String code, String agency) {
        return post("/api/join", "{\"code\":\"" + code + "\",\"agency\":\"" + agency + "\"}");
    }

    HttpResponse<String> answer(String json) {
        return post("/api/answer", json);
    }

    String cookie() {
        return cookie;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().firstValue("Set-Cookie").ifPresent(set -> cookie = set.substring(0, set.indexOf(';')));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
