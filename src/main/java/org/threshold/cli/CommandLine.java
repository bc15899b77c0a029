package org.threshold.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.threshold.store.LogFile;

/** Dispatches {@code threshold SUBCOMMAND ...} to its command and keeps every failure to one plain line. */
public final class CommandLine {
    private static final System.Logger LOG = System.getLogger(CommandLine.class.getName());
    public static final String VERSION_OPTION = "--version";

    private final List<Command> commands;

    public CommandLine(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    public Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public int run(List<String> args, PrintStream rawOut, PrintStream rawErr) {
        PrintStream out = Terminal.guard(rawOut);
        PrintStream err = Terminal.guard(rawErr);
        if (args.isEmpty()) {
            printHelp(out);
            return 0;
        }
        // --version is what installers and IT scripts try first; it means the version command.
        Optional<Command> command = find(args.get(0).equals(VERSION_OPTION) ? "version" : args.get(0));
        if (command.isEmpty()) {
            err.println("Unknown command \u201c" + Terminal.safe(args.get(0)) + "\u201d. Run with --help to see the commands.");
            return 2;
        }
        try {
            return command.get().run(args.subList(1, args.size()), out, err);
        } catch (CliException e) {
            err.println(Terminal.strip(e.getMessage()));
            return e.exitCode();
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("org.threshold.") && e.getMessage() != null) {
                // Our own exceptions carry plain words for the facilitator.
                LOG.log(System.Logger.Level.WARNING, "Command refused", e);
                err.println(Terminal.strip(e.getMessage()));
                return 1;
            }
            // Anything else is a fault: logged, never shown as a trace or a class name.
            LOG.log(System.Logger.Level.ERROR, "Command failed", e);
            err.println("Threshold could not finish the command because of an unexpected fault."
                    + LogFile.current().map(file -> " Details are in " + file + ".").orElse(""));
            return 1;
        }
    }

    public void printHelp(PrintStream out) {
        out.println("Threshold: run multi-agency information-sharing workshops.");
        out.println();
        out.println("Usage:");
        out.println("  threshold [--db PATH] [--exit-after-first-frame]   open the app (the default)");
        out.println("  threshold COMMAND [OPTIONS]                        run a command for scripts");
        out.println("  threshold FILE.threshold                           open the app and import that archive");
        out.println("  threshold --version                                print the version");
        out.println();
        out.println("Commands:");
        for (Command command : commands) {
            out.println("  " + command.usage());
        }
        out.println();
        out.println("The data lives in the per-user data folder unless --db or THRESHOLD_HOME says otherwise.");
    }
}
