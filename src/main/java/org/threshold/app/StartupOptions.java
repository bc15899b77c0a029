package org.threshold.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the GUI was started with: {@code --db PATH} for another database, and
 * {@code --exit-after-first-frame} to measure start-up.
 */
public record StartupOptions(Optional<Path> database, boolean exitAfterFirstFrame) {
    public static final String DB = "--db";
    public static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";

    public static StartupOptions parse(List<String> args) {
        Optional<Path> database = Optional.empty();
        boolean exitAfterFirstFrame = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(DB)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--db needs the path of a database file");
                }
                database = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith(DB + "=")) {
                database = Optional.of(Path.of(arg.substring(DB.length() + 1)));
            } else if (arg.equals(EXIT_AFTER_FIRST_FRAME)) {
                exitAfterFirstFrame = true;
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + " (try --help)");
            }
        }
        return new StartupOptions(database, exitAfterFirstFrame);
    }
}
