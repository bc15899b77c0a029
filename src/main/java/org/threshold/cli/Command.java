package org.threshold.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand for scripts. Prints its results to {@code out} and plain one-line problems
 * to {@code err}; returns the process exit code. Never lets a stack trace reach the user:
 * throw {@link CliException} with a plain-English line instead.
 */
public interface Command {
    String name();

    /** One line for {@code --help}, starting with the usage, e.g. "pack validate FILE  Check a pack". */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err) throws CliException;
}
