package org.threshold.workshop.results;

/**
 * How many got myth-or-fact statements right in one round, counting only the agencies that may
 * be shown: the same figure as the projector's.
 *
 * @param correct        right answers in the agencies shown
 * @param total          answers given in the agencies shown
 * @param share          correct divided by total, or null when no agency could be shown or none answered
 * @param hiddenAgencies agencies that answered but are too small to show, even combined
 */
public record MythRound(int correct, int total, Double share, int hiddenAgencies) {
    public static final MythRound NOT_RUN = new MythRound(0, 0, null, 0);

    static MythRound of(MythBreakdown room) {
        if (room.total() == 0 && room.hiddenAgencies() == 0) {
            return NOT_RUN;
        }
        return new MythRound(room.correct(), room.total(), room.total() == 0 ? null : (double) room.correct() / room.total(),
                room.hiddenAgencies());
    }

    public boolean ran() {
        return total > 0 || hiddenAgencies > 0;
    }
}
