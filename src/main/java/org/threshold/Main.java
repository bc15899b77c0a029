package org.threshold;

import java.util.List;
import org.threshold.app.StartupOptions;
import org.threshold.app.ThresholdApp;
import org.threshold.cli.ArchiveCommand;
import org.threshold.cli.CommandLine;
import org.threshold.cli.CompareCommand;
import org.threshold.cli.DemoCommand;
import org.threshold.cli.ExportCommand;
import org.threshold.cli.PackCommand;
import org.threshold.cli.VersionCommand;
import org.threshold.store.DataFolder;
import org.threshold.store.LogFile;
import org.threshold.workshop.PackDecoder;

/** Opens the app, or runs a command for scripts when the first word names one. */
public final class Main {
    private Main() {
    }

    public static CommandLine commandLine() {
        PackDecoder snapshots = PackDecoder.strict();
        return new CommandLine(List.of(new VersionCommand(), new DemoCommand(), new PackCommand(),
                new ExportCommand(snapshots), new ArchiveCommand(), new CompareCommand(snapshots)));
    }

    public static void main(String[] args) {
        List<String> words = List.of(args);
        // Built only for a command: it brings the pack reader and the exports, which opening the window does not need.
        if (words.contains("--help") || words.contains("-h")) {
            commandLine().printHelp(System.out);
            return;
        }
        String first = words.isEmpty() ? "-" : words.get(0);
        // An archive opened from the file manager arrives as the only word: the app opens and imports it.
        boolean command = !first.startsWith("-") && !StartupOptions.isArchive(first) || first.equals(CommandLine.VERSION_OPTION);
        if (command) {
            LogFile.install(DataFolder.forThisUser());
            System.exit(commandLine().run(words, System.out, System.err));
        }
        try {
            StartupOptions.parse(words);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        ThresholdApp.open(args);
    }
}
