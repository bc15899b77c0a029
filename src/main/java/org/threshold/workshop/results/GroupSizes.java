package org.threshold.workshop.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.SessionAgency;

/**
 * How many people an agency's answers can have come from: the number small-number suppression
 * compares with the anonymity threshold. It is never the number of answers typed, which a
 * mistyped row can inflate. It is the planned headcount, narrowed to the number of distinct
 * phones that answered where an agency answered a figure by phone only (docs/anonymity.md).
 */
@FunctionalInterface
public interface GroupSizes {
    /** The group size of one agency; 0 for an agency the session does not list. */
    int of(String agencyCode);

    /**
     * These sizes, with each agency in {@code phoneOnly} narrowed to its number of distinct phones:
     * when only phones answered, those phones are all the people the figure can come from.
     */
    default GroupSizes narrowedTo(Map<String, Integer> phoneOnly) {
        if (phoneOnly.isEmpty()) {
            return this;
        }
        return code -> phoneOnly.containsKey(code) ? Math.min(of(code), phoneOnly.get(code)) : of(code);
    }

    static GroupSizes headcounts(List<SessionAgency> agencies) {
        Map<String, Integer> sizes = new HashMap<>();
        agencies.forEach(a -> sizes.put(a.code(), a.headcount()));
        return code -> sizes.getOrDefault(code, 0);
    }
}
