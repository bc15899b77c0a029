package org.threshold.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a pack's bytes as UTF-8, refusing anything else. A pack saved as Windows-1252 would
 * otherwise show "?" or mojibake on the projector in front of a room of practitioners.
 */
final class StrictUtf8 {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StrictUtf8() {
    }

    /** The text of {@code bytes}, without a leading byte order mark (which some editors add). */
    static String decode(byte[] bytes) throws PackFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more chars than it has bytes, so one buffer is always enough.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new PackFormatException(badByte(bytes, in.position(), out));
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static PackProblem badByte(byte[] bytes, int offset, CharBuffer decodedSoFar) {
        long line = 1;
        long column = 1;
        for (int i = 0; i < decodedSoFar.position(); i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String byteText = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xff) : "end of file";
        return new PackProblem(Places.line(line, column), "not valid UTF-8 (" + byteText + " at byte " + offset
                + "); save the file with UTF-8 encoding");
    }
}
