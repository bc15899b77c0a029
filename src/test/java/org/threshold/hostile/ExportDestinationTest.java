package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.cli.ArchiveCommand;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.ReportFormat;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.export.ExportViewModel;
import org.threshold.ui.export.FileOpener;
import org.threshold.workshop.summary.ExampleSession;
import org.threshold.workshop.summary.ExportSession;

/**
 * An export replaces nothing it should not. A pipe, a link or a folder is
 * refused; an ordinary file is replaced only with --force (command line) or once the facilitator
 * agrees (app), and keeps its permissions. Tests run as root in CI, so no test relies on a
 * permission being refused: pipes and links behave the same for root.
 */
class ExportDestinationTest {
    private static final String OLD = "the board's copy from last month";

    @TempDir
    Path dir;
    Path db;
    WorkshopSession session;

    @BeforeEach
    void example() {
        db = dir.resolve("threshold.db");
        try (Database database = Database.open(db)) {
            session = ExampleSession.create(database);
        }
    }

    private CommandRun export(String out, String... more) {
        return CommandRun.export(db, "md", Path.of(out), more);
    }

    @Test
    void aPipeALinkAndAFolderAreRefusedAndLeftAsTheyWere() throws Exception {
        Path pipe = dir.resolve("pipe.md");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        Path kept = Files.writeString(dir.resolve("kept.md"), OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), kept);

        CommandRun toPipe = export(pipe.toString(), "--force");
        assertEquals(1, toPipe.exit(), toPipe.err());
        assertEquals(List.of("Threshold will not save over " + pipe + ": it is not an ordinary file (a device or a pipe, "
                + "say). Choose a new name."), toPipe.errLines());
        CommandRun toLink = export(link.toString(), "--force");
        assertEquals(1, toLink.exit(), toLink.err());
        assertEquals(List.of("Threshold will not save over " + link + ": it is a link to somewhere else. Choose a new "
                + "name."), toLink.errLines());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(OLD, Files.readString(kept), "nothing written through the link");
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");

        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        CommandRun archive = CommandRun.of(new ArchiveCommand(Leftovers.none(), ExampleSession.CLOCK), "export",
                "--db", db.toString(), "--session", "latest", "--out", folder.toString(), "--force");
        assertEquals(1, archive.exit());
        assertEquals("Threshold will not save over " + folder + ": it is a folder. Choose a new name.",
                archive.err().strip());
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForceAndKeepsItsMode() throws Exception {
        Path target = Files.writeString(dir.resolve("summary.md"), OLD);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r-----"));

        CommandRun refused = export(target.toString());
        assertEquals(1, refused.exit());
        assertEquals(target + " already exists. Add --force to replace it.", refused.err().strip());
        assertEquals(OLD, Files.readString(target));

        CommandRun forced = export(target.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(target).contains("Tallowford partnership"));
        assertEquals("r--r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)),
                "a read-only file stays read-only");
        assertEquals(List.of("summary-appendix.md", "summary.md", "threshold.db"), names());
    }

    @Test
    void anAppendixAlreadyBesideANewSummaryIsReplacedOnlyWithForceAndNothingIsWrittenWithout() throws Exception {
        Path target = dir.resolve("summary.md");
        Path appendix = Files.writeString(dir.resolve("summary-appendix.md"), OLD);

        CommandRun refused = export(target.toString());
        assertEquals(1, refused.exit());
        assertEquals(appendix + " already exists. Add --force to replace it.", refused.err().strip());
        assertEquals(OLD, Files.readString(appendix));
        assertEquals(List.of("summary-appendix.md", "threshold.db"), names(), "no summary naming an appendix it lacks");

        CommandRun forced = export(target.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(List.of(target.toString(), appendix.toString()), forced.out().lines().toList());
        assertTrue(Files.readString(appendix).contains("Tallowford partnership"), "the appendix is this export's");
    }

    @Test
    void theAppAsksBeforeReplacingAFileItsSaveDialogDidNotAskAbout() throws Exception {
        Path target = Files.writeString(dir.resolve("summary.md"), OLD);
        try (Database database = Database.open(db)) {
            ScriptedDialogs saying = new ScriptedDialogs().answeringConfirmations(false);
            ExportViewModel no = model(database, saying);
            no.job().formatProperty().set(ReportFormat.MD);
            no.job().destinationProperty().set(target);
            no.export();
            assertEquals(1, saying.confirmations.size());
            assertTrue(saying.confirmations.get(0).startsWith(target + " already exists. Replace it"),
                    saying.confirmations.get(0));
            assertTrue(no.job().errorProperty().get().contains("Nothing was saved"), no.job().errorProperty().get());
            assertEquals(OLD, Files.readString(target));

            ScriptedDialogs yes = new ScriptedDialogs().answeringConfirmations(true);
            ExportViewModel agreed = model(database, yes);
            agreed.job().formatProperty().set(ReportFormat.MD);
            agreed.job().destinationProperty().set(target);
            agreed.export();
            assertEquals(1, yes.confirmations.size());
            assertTrue(Files.readString(target).contains("Tallowford partnership"));

            ScriptedDialogs chooser = new ScriptedDialogs().savingTo(target);
            ExportViewModel chosen = model(database, chooser);
            chosen.job().formatProperty().set(ReportFormat.MD);
            chosen.export();
            assertEquals(List.of(), chooser.confirmations, "the save dialog already asked");
            assertEquals(target, chosen.job().resultProperty().get());
        }
    }

    private ExportViewModel model(Database database, ScriptedDialogs dialogs) {
        ExportSession export = new ExportSession(database, ExampleSession.builder(database));
        return new ExportViewModel(session, export, new DirectTaskExecutor(), dialogs, NOWHERE, Runnable::run);
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("threshold.db."))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static final FileOpener NOWHERE = new FileOpener() {
        @Override
        public void open(Path path) {
        }

        @Override
        public void showInFolder(Path path) {
        }
    };
}
