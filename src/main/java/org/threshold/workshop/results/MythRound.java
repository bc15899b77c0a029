package org.threshold.workshop.results;

/**
 * How many got myth-or-fact statements right in one round.
 *
 * @param correct right answers; 0 when {@code share} is null
 * @param total   answers given; 0 when the round was not run
 * @param share   correct divided by total, or null when too few answered to show or none did
 */
public record MythRound(int correct, int total, Double share) {
    public static final MythRound NOT_RUN = new MythRound(0, 0, null);

    static MythRound of(int correct, int total, boolean show) {
        if (total == 0) {
            return NOT_RUN;
        }
        return show ? new MythRound(correct, total, (double) correct / total) : new MythRound(0, total, null);
    }

    public boolean ran() {
        return total > 0;
    }
}
