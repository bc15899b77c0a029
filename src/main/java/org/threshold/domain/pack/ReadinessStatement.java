package org.threshold.domain.pack;

/**
 * A statement a partnership rates its readiness against, from 1 to 5 or "don't know".
 *
 * @param area      multi-agency practice, technology or governance; empty when the pack leaves it out
 * @param evidence  what would show the statement is true, so a score rests on something seen
 * @param reference a reference id, or empty
 */
public record ReadinessStatement(String id, String text, String evidence, String area, String reference) {
}
