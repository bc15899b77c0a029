package org.threshold.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.threshold.report.ReportDetail;
import org.threshold.report.ReportFormat;
import org.threshold.store.DataFolder;
import org.threshold.store.Leftovers;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.summary.SummaryBuilder;

/** {@code export --db PATH --session ID|latest --format pdf|docx|html|md|csv --out PATH [--no-notes] [--complete] [--force]} */
public final class ExportCommand implements Command {
    private final PackDecoder decoder;
    private final Leftovers leftovers;
    private final Clock clock;
    private final ZoneId zone;

    public ExportCommand(PackDecoder decoder) {
        this(decoder, Leftovers.in(DataFolder.forThisUser()), Clock.systemDefaultZone(), ZoneId.systemDefault());
    }

    /** For tests and tools: what is noted where, and the clock and zone the summary is dated by. */
    public ExportCommand(PackDecoder decoder, Leftovers leftovers, Clock clock, ZoneId zone) {
        this.decoder = decoder;
        this.leftovers = leftovers;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --db PATH --session ID|latest --format pdf|docx|html|md|csv --out PATH [--no-notes] [--complete]"
                + " [--force]  Write a session summary and its appendix of every reason and note (--complete: all in one"
                + " file; csv: a folder of data files; --force: replace what is there)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Arguments arguments = new Arguments(args);
        Path db = Path.of(arguments.required("--db"));
        String session = arguments.required("--session");
        ReportFormat format = SessionCommands.format(arguments.required("--format"));
        Path target = Path.of(arguments.required("--out"));
        boolean includeNotes = !arguments.flag("--no-notes");
        ReportDetail detail = arguments.flag("--complete") ? ReportDetail.COMPLETE : ReportDetail.SUMMARY;
        boolean force = arguments.flag(SessionCommands.FORCE);
        SessionCommands.noPositionals(arguments);
        List<Path> written = SessionCommands.withDatabase(db, database -> {
            ExportSession export = new ExportSession(database, new SummaryBuilder(database, decoder, clock, zone), leftovers);
            return export.export(SessionCommands.sessionId(database, session), format, target, includeNotes, detail, force,
                    step -> { });
        });
        written.forEach(file -> out.println(file));
        return 0;
    }
}
