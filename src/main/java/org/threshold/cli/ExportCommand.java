package org.threshold.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.threshold.report.ReportFormat;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.summary.SummaryBuilder;

/** {@code export --db PATH --session ID|latest --format pdf|docx|html|md|csv --out PATH [--no-notes]} */
public final class ExportCommand implements Command {
    private final PackDecoder decoder;
    private final Clock clock;
    private final ZoneId zone;

    public ExportCommand(PackDecoder decoder) {
        this(decoder, Clock.systemDefaultZone(), ZoneId.systemDefault());
    }

    ExportCommand(PackDecoder decoder, Clock clock, ZoneId zone) {
        this.decoder = decoder;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --db PATH --session ID|latest --format pdf|docx|html|md|csv --out PATH [--no-notes]"
                + "  Write a session summary (csv: a folder of data files)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Arguments arguments = new Arguments(args);
        Path db = Path.of(arguments.required("--db"));
        String session = arguments.required("--session");
        ReportFormat format = SessionCommands.format(arguments.required("--format"));
        Path target = Path.of(arguments.required("--out"));
        boolean includeNotes = !arguments.flag("--no-notes");
        SessionCommands.noPositionals(arguments);
        List<Path> written = SessionCommands.withDatabase(db, database -> {
            ExportSession export = new ExportSession(database, new SummaryBuilder(database, decoder, clock, zone));
            return export.export(SessionCommands.sessionId(database, session), format, target, includeNotes, step -> { });
        });
        written.forEach(file -> out.println(file));
        return 0;
    }
}
