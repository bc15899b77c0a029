package org.threshold.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.SessionArchive;
import org.threshold.store.DataFolder;
import org.threshold.store.Leftovers;
import org.threshold.workshop.summary.ArchiveSession;
import org.threshold.workshop.summary.ImportArchive;

/**
 * {@code archive export --db PATH --session ID|latest --out FILE} and
 * {@code archive import FILE --db PATH}: move one session between installations.
 */
public final class ArchiveCommand implements Command {
    private final Leftovers leftovers;
    private final Clock clock;

    public ArchiveCommand() {
        this(Leftovers.in(DataFolder.forThisUser()), Clock.systemUTC());
    }

    /** For tests and tools: what is noted where, and the clock the archive is dated by. */
    public ArchiveCommand(Leftovers leftovers, Clock clock) {
        this.leftovers = leftovers;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "archive";
    }

    @Override
    public String usage() {
        return "archive export --db PATH --session ID|latest --out FILE [--force] | archive import FILE --db PATH "
                + "[--create]  Move one session to another installation";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        if (args.isEmpty()) {
            throw new CliException("Say archive export or archive import");
        }
        Arguments arguments = new Arguments(args.subList(1, args.size()));
        switch (args.get(0)) {
            case "export" -> {
                Path db = Path.of(arguments.required("--db"));
                String session = arguments.required("--session");
                Path target = Path.of(arguments.required("--out"));
                boolean force = arguments.flag(SessionCommands.FORCE);
                SessionCommands.noPositionals(arguments);
                Path written = SessionCommands.withDatabase(db, database -> new ArchiveSession(database, leftovers, clock)
                        .export(SessionCommands.sessionId(database, session), target, force, step -> { }));
                out.println(written);
                return 0;
            }
            case "import" -> {
                Path db = Path.of(arguments.required("--db"));
                boolean create = arguments.flag(SessionCommands.CREATE);
                List<String> files = arguments.positionals();
                if (files.size() != 1) {
                    throw new CliException("Name one archive file to import");
                }
                // Read and checked whole before any database is opened, let alone made.
                SessionArchive archive = SessionCommands.plainly(() -> ImportArchive.read(Path.of(files.get(0))));
                WorkshopSession session = SessionCommands.withDatabaseToChange(db, create,
                        database -> new ImportArchive(database, clock).save(archive));
                out.println("Imported \"" + Terminal.safe(session.title()) + "\" as session " + session.id());
                return 0;
            }
            default -> throw new CliException("Unknown archive action \"" + args.get(0) + "\"; use export or import");
        }
    }
}
