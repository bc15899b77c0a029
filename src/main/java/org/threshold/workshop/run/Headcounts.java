package org.threshold.workshop.run;

import java.util.List;
import java.util.Optional;
import org.threshold.domain.SessionAgency;

/**
 * Nobody raises two hands: an agency gives at most as many answers as it has people. A count
 * above the headcount is a typing slip, and saved it would reveal a group as bigger than it is
 * (or a small one on its own), so it is refused where it is typed, before R can show it.
 */
public final class Headcounts {
    private Headcounts() {
    }

    /** Why {@code answers} cannot be right for {@code agency}; empty when they can. */
    public static Optional<String> tooMany(SessionAgency agency, int answers) {
        if (answers <= agency.headcount()) {
            return Optional.empty();
        }
        return Optional.of(agency.name() + " has " + people(agency.headcount()) + ", so " + answers
                + " answers cannot be right. Correct the row: it is not saved.");
    }

    /** The same rule for the use cases: a count the console should have refused never reaches the disk. */
    static void check(List<SessionAgency> agencies, String agencyCode, int answers) {
        SessionAgency agency = agencies.stream().filter(a -> a.code().equals(agencyCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No agency " + agencyCode + " is at this workshop."));
        tooMany(agency, answers).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    static String people(int count) {
        return count == 1 ? "1 person" : count + " people";
    }
}
