package org.threshold.room;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-Sent Events to every phone holding the page open: a short "look again" with a version
 * number whenever the room moves, and a comment line now and then so a dropped phone is noticed.
 * Handlers return at once; one thread writes to every stream, so a room of phones costs no threads.
 */
final class LiveStream implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveStream.class.getName());
    private static final long HEARTBEAT_SECONDS = 15;

    private final Set<HttpExchange> streams = ConcurrentHashMap.newKeySet();
    // Not BackgroundWork: the phones' streams, timed and written with no window involved.
    private final ScheduledExecutorService writer;
    private final int maxStreams;

    LiveStream(int maxStreams) {
        this.maxStreams = maxStreams;
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "threshold-room-stream");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(() -> sendToAll(": still here\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    /** Opens a stream on {@code exchange} and keeps it; the first event tells the phone where the room is. */
    void open(HttpExchange exchange, long version) throws IOException {
        if (streams.size() >= maxStreams) {
            throw new Refusal(503, "The room is full just now. The page will keep trying.");
        }
        HttpReply.securityHeaders(exchange.getResponseHeaders());
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        streams.add(exchange);
        writer.execute(() -> send(exchange, "retry: 2000\n\n" + event(version)));
    }

    void publish(long version) {
        writer.execute(() -> sendToAll(event(version)));
    }

    int size() {
        return streams.size();
    }

    /** Ends every stream: the phones reconnect, and find out then whether they are still in the room. */
    void closeAll() {
        for (HttpExchange exchange : streams) {
            streams.remove(exchange);
            exchange.close();
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
        closeAll();
    }

    private static String event(long version) {
        return "event: room\ndata: " + version + "\n\n";
    }

    private void sendToAll(String text) {
        for (HttpExchange exchange : streams) {
            send(exchange, text);
        }
    }

    private void send(HttpExchange exchange, String text) {
        try {
            OutputStream out = exchange.getResponseBody();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "A phone's live stream ended: " + e.getMessage());
            streams.remove(exchange);
            exchange.close();
        }
    }
}
