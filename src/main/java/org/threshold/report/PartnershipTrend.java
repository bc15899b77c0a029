package org.threshold.report;

import java.util.List;

/**
 * How one partnership moved between its workshops among those compared: where the agencies placed
 * it on the journey, how each readiness statement was rated, and what became of each workshop's
 * actions by the next. Built from each session's suppressed results.
 *
 * @param sessions the compared sessions of this partnership, as 0-based places in the comparison, earliest first
 */
public record PartnershipTrend(String partnership, List<Integer> sessions, List<JourneyTrend> journey,
                               List<StatementTrend> statements, List<ActionOutcome> actions) {
    public PartnershipTrend {
        sessions = List.copyOf(sessions);
        journey = List.copyOf(journey);
        statements = List.copyOf(statements);
        actions = List.copyOf(actions);
    }

    /**
     * @param placedAt the stage per session, in the order of {@code sessions}; "" where the agency was not shown
     * @param moved    "▲ 2 stages", "▼ 1 stage", "= same stage", or "" when it cannot be told
     */
    public record JourneyTrend(String agency, List<String> placedAt, String moved) {
        public JourneyTrend {
            placedAt = List.copyOf(placedAt);
        }
    }

    /** @param means per session, null where not rated or not shown; @param change last minus first */
    public record StatementTrend(String statement, List<Double> means, Double change) {
        public StatementTrend {
            means = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(means));
        }
    }

    /**
     * An action agreed at one workshop and what the next reported of it.
     *
     * @param agreedIn   "S1": where it was agreed, as the comparison names sessions
     * @param reportedIn "S2": the next workshop of the partnership, where it was reviewed
     * @param status     "Done", "Not done", "Dropped" or "Not reported"
     */
    public record ActionOutcome(String agreedIn, String action, String owner, String due, String reportedIn,
                                String status) {
    }
}
