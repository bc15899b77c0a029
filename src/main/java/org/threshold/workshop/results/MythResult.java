package org.threshold.workshop.results;

/** How much of the room got a myth-or-fact statement right, in the round before the day's work and the round after. */
public record MythResult(String itemId, String statement, boolean isMyth, String explanation,
                         MythRound before, MythRound after) {
    /** After minus before, as a share of the room, when both rounds can be shown. */
    public Double change() {
        return before.share() == null || after.share() == null ? null : after.share() - before.share();
    }
}
