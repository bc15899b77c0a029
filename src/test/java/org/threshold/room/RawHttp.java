package org.threshold.room;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A request written byte for byte: the JDK's client will not send a foreign Host header or a
 * path with ".." in it, and those are exactly what an attacker would send.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** @return the whole response, headers and body */
    static String send(int port, String requestLines) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLines + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String get(int port, String path, String host) {
        return send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }
}
