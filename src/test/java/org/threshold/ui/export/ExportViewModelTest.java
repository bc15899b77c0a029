package org.threshold.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.ReportFormat;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.summary.SummaryBuilder;

class ExportViewModelTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;
    WorkshopSession example;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    RecordingOpener opener = new RecordingOpener();

    @BeforeEach
    void setUp() {
        fixture = new WorkshopFixture(dir);
        example = fixture.examples.create();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private ExportViewModel model() {
        ExportSession export = new ExportSession(fixture.database,
                new SummaryBuilder(fixture.database, PackDecoder.strict(), fixture.clock, ZoneOffset.UTC));
        return new ExportViewModel(example, export, new DirectTaskExecutor(), dialogs, opener, Runnable::run);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void eachFormatWritesWhatItSays(ReportFormat format) throws Exception {
        ExportViewModel model = model();
        model.job().formatProperty().set(format);
        Path target = dir.resolve(model.job().suggestedName());
        model.job().destinationProperty().set(target);
        model.export();

        assertEquals("", model.job().errorProperty().get());
        assertEquals(target, model.job().resultProperty().get());
        assertFalse(model.job().writtenProperty().get().isEmpty());
        for (Path file : model.job().writtenProperty().get()) {
            assertTrue(Files.size(file) > 0, file + " is empty");
        }
        if (format.isFolder()) {
            assertTrue(Files.isDirectory(target));
            assertTrue(Files.exists(target.resolve("data-dictionary.csv")));
        } else {
            assertTrue(Files.isRegularFile(target));
            assertTrue(target.getFileName().toString().endsWith("." + format.extension()));
        }
        assertEquals(1.0, model.job().progressProperty().get());
        assertFalse(model.job().busyProperty().get());
    }

    @Test
    void theNotesChoiceReachesTheExport() throws Exception {
        ExportViewModel with = model();
        with.job().formatProperty().set(ReportFormat.MD);
        with.job().destinationProperty().set(dir.resolve("with.md"));
        with.export();
        ExportViewModel without = model();
        without.job().formatProperty().set(ReportFormat.MD);
        without.includeNotesProperty().set(false);
        without.job().destinationProperty().set(dir.resolve("without.md"));
        without.export();

        assertFalse(Files.readString(dir.resolve("with.md")).contains("Free\\-text notes were left out"));
        assertTrue(Files.readString(dir.resolve("without.md")).contains("Free\\-text notes were left out"));
    }

    @Test
    void theCompleteChoiceWritesEveryWordInOneFileAndTheSummaryAnAppendixBeside() throws Exception {
        ExportViewModel summary = model();
        summary.job().formatProperty().set(ReportFormat.MD);
        summary.job().destinationProperty().set(dir.resolve("summary.md"));
        summary.export();
        ExportViewModel complete = model();
        complete.job().formatProperty().set(ReportFormat.MD);
        complete.completeProperty().set(true);
        complete.job().destinationProperty().set(dir.resolve("complete.md"));
        complete.export();

        assertEquals(List.of(dir.resolve("summary.md"), dir.resolve("summary-appendix.md")),
                summary.job().writtenProperty().get());
        assertEquals(dir.resolve("summary.md"), summary.job().resultProperty().get());
        assertEquals(List.of(dir.resolve("complete.md")), complete.job().writtenProperty().get());
        assertFalse(Files.exists(dir.resolve("complete-appendix.md")));
    }

    @Test
    void aFailureShowsThePlainMessageAndNoResult() {
        ExportViewModel model = model();
        model.job().formatProperty().set(ReportFormat.PDF);
        model.job().destinationProperty().set(dir.resolve("no such folder").resolve("summary.pdf"));
        model.export();

        String error = model.job().errorProperty().get();
        assertTrue(error.startsWith("Threshold could not save summary.pdf in"), error);
        assertTrue(error.contains("does not exist"), error);
        assertNull(model.job().resultProperty().get());
        assertFalse(model.job().busyProperty().get());
        assertEquals(List.of(), dialogs.errors, "the message is shown in the dialog, not in a second window");
    }

    @Test
    void progressStepsAreReportedThroughTheUiExecutor() {
        List<String> steps = new ArrayList<>();
        List<Runnable> posted = new ArrayList<>();
        ExportSession export = new ExportSession(fixture.database,
                new SummaryBuilder(fixture.database, PackDecoder.strict(), fixture.clock, ZoneOffset.UTC));
        ExportViewModel model = new ExportViewModel(example, export, new DirectTaskExecutor(), dialogs, opener,
                update -> {
                    posted.add(update);
                    update.run();
                });
        model.job().stepProperty().addListener((obs, old, step) -> steps.add(step));
        model.job().formatProperty().set(ReportFormat.HTML);
        model.job().destinationProperty().set(dir.resolve("s.html"));
        model.export();

        assertEquals(4, posted.size(), "every step goes through the UI executor");
        assertEquals(List.of("Starting", "Reading the session", "Working out the results", "Writing s.html",
                "Saved " + dir.resolve("s.html")), steps);
    }

    @Test
    void noDestinationAsksWithASafeSuggestedNameAndAStopIfCancelled() {
        ExportViewModel model = model();
        model.job().formatProperty().set(ReportFormat.DOCX);
        model.export();

        assertNull(model.job().resultProperty().get());
        assertTrue(model.job().suggestedName().endsWith(".docx"));
        assertFalse(model.job().suggestedName().contains(" "));
    }

    @Test
    void changingTheFormatKeepsTheChosenNameWithTheRightExtension() {
        ExportViewModel model = model();
        model.job().destinationProperty().set(dir.resolve("board.pdf"));
        model.job().formatProperty().set(ReportFormat.DOCX);
        assertEquals(dir.resolve("board.docx"), model.job().destinationProperty().get());
        model.job().formatProperty().set(ReportFormat.CSV);
        assertEquals(dir.resolve("board"), model.job().destinationProperty().get());
        model.job().formatProperty().set(ReportFormat.MD);
        assertEquals(dir.resolve("board.md"), model.job().destinationProperty().get());
    }

    @Test
    void openAndShowInFolderActOnTheResult() {
        ExportViewModel model = model();
        model.job().formatProperty().set(ReportFormat.MD);
        model.job().destinationProperty().set(dir.resolve("s.md"));
        model.job().openResult();
        assertEquals(List.of(), opener.calls, "nothing to open before an export");
        model.export();
        model.job().openResult();
        model.job().showInFolder();
        assertEquals(List.of("open " + dir.resolve("s.md"), "folder " + dir.resolve("s.md")), opener.calls);
    }

    static final class RecordingOpener implements FileOpener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void open(Path path) {
            calls.add("open " + path);
        }

        @Override
        public void showInFolder(Path path) {
            calls.add("folder " + path);
        }
    }
}
