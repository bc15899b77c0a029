package org.threshold.content;

import java.util.List;

/**
 * A pack was refused. Carries every problem found, not just the first, because a facilitator
 * fixing a pack by hand should not have to run the check once per mistake.
 */
public final class PackFormatException extends Exception {
    private final transient List<PackProblem> problems;

    public PackFormatException(List<PackProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused pack needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public PackFormatException(PackProblem problem) {
        this(List.of(problem));
    }

    public List<PackProblem> problems() {
        return problems;
    }

    private static String summary(List<PackProblem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        String first = problems.get(0).toString();
        int more = problems.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more)";
    }
}
