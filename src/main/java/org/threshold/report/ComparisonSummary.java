package org.threshold.report;

import java.util.List;

/**
 * Several sessions side by side, for a partnership comparing sites or months: the trust change
 * for each pair of agencies, where each agency's threshold fell in each shared scenario, and the
 * barriers named most often, and for sessions of one partnership how it moved over time. Built
 * from each session's suppressed results, so no agency too small to show in its own session
 * appears here either.
 */
public record ComparisonSummary(String title, String generatedOn, List<SessionColumn> sessions,
                                List<TrustPair> trust, List<ThresholdDifference> thresholds,
                                List<Barrier> barriers, List<PartnershipTrend> partnerships) {
    public ComparisonSummary {
        sessions = List.copyOf(sessions);
        trust = List.copyOf(trust);
        thresholds = List.copyOf(thresholds);
        barriers = List.copyOf(barriers);
        partnerships = List.copyOf(partnerships);
    }

    public record SessionColumn(String title, String dateText, String venue, int participants, int agencies) {
    }

    /** @param changes trust change (after minus before) in each session, null where not measured or not shown */
    public record TrustPair(String from, String to, List<Double> changes, Double meanChange) {
        public TrustPair {
            changes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(changes));
        }
    }

    /** @param firstShare per session: "Stage 2", "Never", or "" when the agency was not shown */
    public record ThresholdDifference(String scenario, String agency, List<String> firstShare, boolean differs) {
        public ThresholdDifference {
            firstShare = List.copyOf(firstShare);
        }
    }

    public record Barrier(String text, int mentions, int sessions) {
    }
}
