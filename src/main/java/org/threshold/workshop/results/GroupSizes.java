package org.threshold.workshop.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.SessionAgency;

/**
 * How many people an agency's answers can have come from: the number small-number suppression
 * compares with the anonymity threshold. It is never the number of answers typed, which a
 * mistyped row can inflate. Today it is the planned headcount; answers from phones will count
 * their distinct answerers instead, by passing another implementation of this one method.
 */
@FunctionalInterface
public interface GroupSizes {
    /** The group size of one agency; 0 for an agency the session does not list. */
    int of(String agencyCode);

    static GroupSizes headcounts(List<SessionAgency> agencies) {
        Map<String, Integer> sizes = new HashMap<>();
        agencies.forEach(a -> sizes.put(a.code(), a.headcount()));
        return code -> sizes.getOrDefault(code, 0);
    }
}
