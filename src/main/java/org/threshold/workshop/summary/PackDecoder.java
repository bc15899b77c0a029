package org.threshold.workshop.summary;

import org.threshold.domain.pack.Pack;

/**
 * Turns a session's content snapshot (the pack's JSON as it was on the day) back into a pack.
 * The pack reader lives in the content layer; the composition root passes it in here.
 */
@FunctionalInterface
public interface PackDecoder {
    /** @throws IllegalArgumentException with a plain message when the JSON cannot be read */
    Pack decode(String packJson);
}
