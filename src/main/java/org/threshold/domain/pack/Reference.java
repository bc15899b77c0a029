package org.threshold.domain.pack;

/**
 * A piece of law or guidance a pack cites.
 *
 * @param version the version or date, so the room knows which edition is meant
 * @param section optional; empty when the whole document is meant
 * @param url     optional; empty when none is given
 */
public record Reference(String id, String title, String publisher, String version, String section, String url) {
}
