package org.threshold.domain.pack;

/** Something only one agency knows at a stage. */
public record Fragment(String agency, String text) {
}
