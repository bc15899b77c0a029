package org.threshold.workshop.results;

/**
 * How much of the room got a myth-or-fact statement right, counting only the agencies that may
 * be shown (the same figure the projector shows).
 *
 * @param share          correct divided by total; null when no agency could be shown
 * @param hiddenAgencies agencies left out of the figure, too small to show even combined
 */
public record MythResult(String itemId, String statement, boolean isMyth, String explanation,
                         int correct, int total, Double share, int hiddenAgencies) {
}
