package org.threshold.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.PackRepository;
import org.threshold.workshop.ExampleWorkshop;
import org.threshold.workshop.PackLibrary;

/** {@code demo --db PATH}: writes the example workshop, so every screen and export can be tried at once. */
public final class DemoCommand implements Command {
    private final DatabaseOption.Location database;

    public DemoCommand() {
        this(DatabaseOption::resolve);
    }

    public DemoCommand(DatabaseOption.Location database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo [--db PATH [--create]]               add the example workshop (fictional data)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Arguments arguments = new Arguments(args);
        Path file = database.resolve(arguments);
        boolean create = arguments.flag(SessionCommands.CREATE);
        if (!arguments.positionals().isEmpty()) {
            throw new CliException("demo takes no words besides --db PATH and --create");
        }
        return SessionCommands.withDatabaseToChange(file, create, database -> {
            WorkshopSession session = new ExampleWorkshop(database, new PackLibrary(new PackRepository(database)),
                    Clock.systemDefaultZone()).create();
            out.println("Added the example workshop \u201c" + Terminal.safe(session.title()) + "\u201d as session " + session.id()
                    + " to " + database.file());
            return 0;
        });
    }
}
