package org.threshold.workshop.results;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which agencies answered one figure on phones alone, and with how many phones: the agencies
 * whose group size suppression narrows (docs/anonymity.md). A figure adds its rows as it reads them.
 */
public final class PhoneOnly {
    private final Map<String, Integer> phones = new HashMap<>();
    private final Set<String> typed = new HashSet<>();

    /** A row given on phones, counting {@code count} phones. */
    public void phones(String agencyCode, int count) {
        phones.merge(agencyCode, count, Integer::sum);
    }

    /** A row typed in the room: it may stand for anyone in the agency, which keeps its headcount. */
    public void typed(String agencyCode) {
        typed.add(agencyCode);
    }

    /** Each agency with phone rows and no typed one, with its number of phones. */
    public Map<String, Integer> agencies() {
        Map<String, Integer> only = new HashMap<>(phones);
        only.keySet().removeAll(typed);
        return only;
    }
}
