package org.threshold.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the GUI was started with: {@code --db PATH} for another database,
 * {@code --exit-after-first-frame} to measure start-up, and a session archive to import, as
 * the file manager passes one when an archive is opened with Threshold.
 */
public record StartupOptions(Optional<Path> database, boolean exitAfterFirstFrame, Optional<Path> archive) {
    public static final String DB = "--db";
    public static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";

    /** A session archive by its name: .threshold as saved now, .json as saved before. */
    public static boolean isArchive(String arg) {
        String name = arg.toLowerCase(Locale.ROOT);
        return name.endsWith(".threshold") || name.endsWith(".json");
    }

    public static StartupOptions parse(List<String> args) {
        Optional<Path> database = Optional.empty();
        boolean exitAfterFirstFrame = false;
        Optional<Path> archive = Optional.empty();
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
            } else if (!arg.startsWith("-") && isArchive(arg) && archive.isEmpty()) {
                archive = Optional.of(Path.of(arg));
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + " (try --help)");
            }
        }
        return new StartupOptions(database, exitAfterFirstFrame, archive);
    }
}
