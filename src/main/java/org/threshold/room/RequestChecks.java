package org.threshold.room;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks every request passes before it reaches the room: the Host it names (so a web page
 * elsewhere cannot reach the laptop through a rebinding name), and for a POST, that it comes from
 * the room's own page (custom header, Origin, Sec-Fetch-Site) with a small JSON body.
 */
final class RequestChecks {
    /** A custom header: a page elsewhere cannot send it without the server agreeing, which it never does. */
    static final String ROOM_HEADER = "X-Threshold-Room";
    static final String DEVICE_COOKIE = "threshold_device";

    private final Set<String> hosts;
    private final int maxBodyBytes;

    /** @param hosts every "host:port" the page may be asked for by, such as "192.168.137.1:8765" */
    RequestChecks(Set<String> hosts, int maxBodyBytes) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.maxBodyBytes = maxBodyBytes;
    }

    /** @return the Host the request named, once it is one of the room's */
    String host(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new Refusal(403, "This is not an address the room answers to.");
        }
        return host;
    }

    /** A POST must come from the room's own page: its header, its origin, sent as JSON. */
    void fromTheRoomsPage(HttpExchange exchange, String host) {
        var headers = exchange.getRequestHeaders();
        if (!"1".equals(headers.getFirst(ROOM_HEADER))) {
            throw new Refusal(403, "Please answer from the room's own page.");
        }
        String origin = headers.getFirst("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            throw new Refusal(403, "Please answer from the room's own page.");
        }
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            throw new Refusal(403, "Please answer from the room's own page.");
        }
        String type = headers.getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Refusal(415, "Answers are sent as JSON.");
        }
    }

    /** Reads the body, refusing it as soon as it passes the limit: nothing larger is held in memory. */
    byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && !length.isBlank() && parse(length) > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        }
    }

    static Optional<String> cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
                    String value = pair.substring(equals + 1).strip();
                    // RFC 6265 lets a cookie value come wrapped in double quotes.
                    boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
                    return Optional.of(quoted ? value.substring(1, value.length() - 1) : value);
                }
            }
        }
        return Optional.empty();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(400, "The request's length is not a number.");
        }
    }

    private Refusal tooLarge() {
        return new Refusal(413, "That answer is too long to send. Please shorten it.");
    }
}
