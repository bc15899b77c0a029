package org.threshold.store;

import java.time.Instant;

/**
 * A pack as the store keeps it: its JSON text and what the library lists it by.
 *
 * @param origin "bundled", "imported" or "custom"
 */
public record StoredPack(String id, String title, String version, String origin, String json, Instant savedAt) {
}
