package org.threshold.domain.pack;

/** A statement practitioners rate their confidence in, before and after. */
public record ConfidenceItem(String id, String text, String reference) {
}
