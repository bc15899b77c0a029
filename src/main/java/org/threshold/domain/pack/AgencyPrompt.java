package org.threshold.domain.pack;

/** A heading on the "what I need you to know about my agency" cards. */
public record AgencyPrompt(String id, String text) {
}
