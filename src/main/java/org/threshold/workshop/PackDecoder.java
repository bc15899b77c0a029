package org.threshold.workshop;

import java.nio.charset.StandardCharsets;
import org.threshold.content.PackFormatException;
import org.threshold.content.PackReader;
import org.threshold.domain.pack.Pack;

/**
 * Turns a session's content snapshot (the pack's JSON as it was on the day) back into a pack.
 * Tests may pass a lenient one; the app and the command line use {@link #strict()}.
 */
@FunctionalInterface
public interface PackDecoder {
    /** @throws IllegalArgumentException with a plain message when the JSON cannot be read */
    Pack decode(String packJson);

    /** The strict pack reader: a snapshot is read with the same rules as any pack. */
    static PackDecoder strict() {
        PackReader reader = new PackReader();
        return json -> {
            try {
                return reader.read(json.getBytes(StandardCharsets.UTF_8));
            } catch (PackFormatException e) {
                throw new IllegalArgumentException("The content saved with this workshop could not be read: "
                        + e.getMessage(), e);
            }
        };
    }
}
