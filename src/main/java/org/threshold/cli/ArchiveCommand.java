package org.threshold.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.threshold.domain.WorkshopSession;
import org.threshold.workshop.summary.ArchiveSession;
import org.threshold.workshop.summary.ImportArchive;

/**
 * {@code archive export --db PATH --session ID|latest --out FILE} and
 * {@code archive import FILE --db PATH}: move one session between installations.
 */
public final class ArchiveCommand implements Command {
    private final Clock clock;

    public ArchiveCommand() {
        this(Clock.systemUTC());
    }

    ArchiveCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "archive";
    }

    @Override
    public String usage() {
        return "archive export --db PATH --session ID|latest --out FILE | archive import FILE --db PATH"
                + "  Move one session to another installation";
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
                SessionCommands.noPositionals(arguments);
                Path written = SessionCommands.withDatabase(db, database -> new ArchiveSession(database, clock)
                        .export(SessionCommands.sessionId(database, session), target, step -> { }));
                out.println(written);
                return 0;
            }
            case "import" -> {
                Path db = Path.of(arguments.required("--db"));
                List<String> files = arguments.positionals();
                if (files.size() != 1) {
                    throw new CliException("Name one archive file to import");
                }
                WorkshopSession session = SessionCommands.withNewOrExistingDatabase(db, database -> new ImportArchive(database, clock)
                        .importFile(Path.of(files.get(0)), step -> { }));
                out.println("Imported \"" + session.title() + "\" as session " + session.id());
                return 0;
            }
            default -> throw new CliException("Unknown archive action \"" + args.get(0) + "\"; use export or import");
        }
    }
}
