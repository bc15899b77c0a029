package org.threshold.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.threshold.report.ReportFormat;
import org.threshold.store.DataFolder;
import org.threshold.store.Leftovers;
import org.threshold.workshop.summary.CompareSessions;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.summary.SummaryBuilder;

/** {@code compare --db PATH --sessions ID,ID[,...] --format pdf|docx|html|md|csv --out PATH} */
public final class CompareCommand implements Command {
    private final PackDecoder decoder;
    private final Leftovers leftovers;
    private final Clock clock;
    private final ZoneId zone;

    public CompareCommand(PackDecoder decoder) {
        this(decoder, Leftovers.in(DataFolder.forThisUser()), Clock.systemDefaultZone(), ZoneId.systemDefault());
    }

    /** For tests and tools: what is noted where, and the clock and zone the comparison is dated by. */
    public CompareCommand(PackDecoder decoder, Leftovers leftovers, Clock clock, ZoneId zone) {
        this.decoder = decoder;
        this.leftovers = leftovers;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String usage() {
        return "compare --db PATH --sessions ID,ID[,...] --format pdf|docx|html|md|csv --out PATH [--force]"
                + "  Compare trust, thresholds and barriers across sessions";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Arguments arguments = new Arguments(args);
        Path db = Path.of(arguments.required("--db"));
        String ids = arguments.required("--sessions");
        ReportFormat format = SessionCommands.format(arguments.required("--format"));
        Path target = Path.of(arguments.required("--out"));
        boolean force = arguments.flag(SessionCommands.FORCE);
        SessionCommands.noPositionals(arguments);
        List<Path> written = SessionCommands.withDatabase(db, database -> {
            List<Long> sessions = new ArrayList<>();
            for (String id : ids.split(",")) {
                if (!id.isBlank()) {
                    sessions.add(SessionCommands.parseId(id));
                }
            }
            return new CompareSessions(database, new SummaryBuilder(database, decoder, clock, zone), leftovers, clock, zone)
                    .export(sessions, format, target, force, step -> { });
        });
        written.forEach(file -> out.println(file));
        return 0;
    }
}
