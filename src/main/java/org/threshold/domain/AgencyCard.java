package org.threshold.domain;

import java.util.Objects;

/** An agency's "what I need you to know about my agency" card. */
public record AgencyCard(String agencyCode, String canShare, String cannotShare, String reachUs) {
    public AgencyCard {
        Objects.requireNonNull(agencyCode, "agencyCode");
        canShare = canShare == null ? "" : canShare;
        cannotShare = cannotShare == null ? "" : cannotShare;
        reachUs = reachUs == null ? "" : reachUs;
    }
}
