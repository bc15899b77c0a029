package org.threshold.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A pack was refused. Carries every problem found, not just the first, because a facilitator
 * fixing a pack by hand should not have to run the check once per mistake; past the first
 * couple of hundred they are only counted.
 */
public final class PackFormatException extends Exception {
    private final transient List<PackProblem> problems;
    private final int total;

    public PackFormatException(List<PackProblem> problems) {
        this(problems, problems.size());
    }

    /** @param total how many problems were found, of which {@code problems} are the first */
    public PackFormatException(List<PackProblem> problems, int total) {
        super(summary(problems, total));
        if (problems.isEmpty() || total < problems.size()) {
            throw new IllegalArgumentException("a refused pack needs at least one problem, and all of them counted");
        }
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public PackFormatException(PackProblem problem) {
        this(List.of(problem));
    }

    /** The problems listed: every one, or the first couple of hundred of a file with more. */
    public List<PackProblem> problems() {
        return problems;
    }

    /** How many problems were found, listed or not. */
    public int total() {
        return total;
    }

    /** The problems as a facilitator reads them, one a line, and a last line counting any not listed. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(problems.stream().map(PackProblem::toString).toList());
        int unlisted = total - problems.size();
        if (unlisted > 0) {
            lines.add("and " + unlisted + " more " + (unlisted == 1 ? "problem" : "problems")
                    + " not listed: fix these, then check again");
        }
        return lines;
    }

    private static String summary(List<PackProblem> problems, int total) {
        if (problems.isEmpty()) {
            return "";
        }
        String first = problems.get(0).toString();
        int more = total - 1;
        return more == 0 ? first : first + " (and " + more + " more)";
    }
}
