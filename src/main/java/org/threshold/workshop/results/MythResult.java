package org.threshold.workshop.results;

/** How much of the room got a myth-or-fact statement right; {@code share} is null when suppressed. */
public record MythResult(String itemId, String statement, boolean isMyth, String explanation,
                         int correct, int total, Double share) {
}
