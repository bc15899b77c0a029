package org.threshold.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.WorkshopSession;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.ui.common.DialogService;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.summary.ArchiveSession;
import org.threshold.workshop.summary.ImportArchive;

class ArchiveViewModelTest {
    @TempDir
    Path dir;

    @Test
    void anArchiveSavedHereImportsThereOnceAndIsRefusedTheSecondTime() throws Exception {
        Path file = dir.resolve("moved.threshold");
        AnsweringDialogs dialogs = new AnsweringDialogs(file);
        List<WorkshopSession> imported = new ArrayList<>();
        moveExample(dialogs, (example, there) -> {
            assertTrue(Files.size(file) > 0);
            assertTrue(dialogs.suggested.get(0).endsWith(".threshold"), dialogs.suggested.toString());

            ArchiveViewModel importer = model(there, dialogs);
            importer.importArchive(imported::add);
            importer.importArchive(imported::add);

            assertEquals(1, imported.size());
            assertEquals(example.uid(), imported.get(0).uid());
            assertEquals(1, dialogs.errors.size());
            assertTrue(dialogs.errors.get(0).contains("is already in this database"), dialogs.errors.toString());
            assertEquals(List.of("*.threshold", "*.json"), dialogs.offered);
            assertEquals(List.of("Archive saved", "Archive imported"), dialogs.saved);
        });
    }

    @Test
    void anArchiveSavedAsJsonBeforeTheThresholdExtensionStillImports() throws Exception {
        Path older = dir.resolve("moved before.threshold.json");
        AnsweringDialogs dialogs = new AnsweringDialogs(older);
        List<WorkshopSession> imported = new ArrayList<>();
        moveExample(dialogs, (example, there) -> {
            model(there, dialogs).importFile(older, imported::add);

            assertEquals(List.of(example.uid()), imported.stream().map(WorkshopSession::uid).toList());
            assertEquals(List.of(), dialogs.errors);
        });
    }

    /** What a test checks once the example workshop is archived from one database, with another to import into. */
    private interface Moved {
        void check(WorkshopSession example, WorkshopFixture there) throws Exception;
    }

    private void moveExample(AnsweringDialogs dialogs, Moved moved) throws Exception {
        Files.createDirectories(dir.resolve("here"));
        Files.createDirectories(dir.resolve("there"));
        try (WorkshopFixture here = new WorkshopFixture(dir.resolve("here"));
             WorkshopFixture there = new WorkshopFixture(dir.resolve("there"))) {
            WorkshopSession example = here.examples.create();
            model(here, dialogs).archive(example);
            moved.check(example, there);
        }
    }

    private static ArchiveViewModel model(WorkshopFixture fixture, DialogService dialogs) {
        return new ArchiveViewModel(new ArchiveSession(fixture.database, fixture.clock),
                new ImportArchive(fixture.database, fixture.clock), new DirectTaskExecutor(), dialogs);
    }

    /** Chooses the same file to save and to open, and records what was said. */
    private static final class AnsweringDialogs implements DialogService {
        final Path file;
        final List<String> suggested = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> offered = new ArrayList<>();
        final List<String> saved = new ArrayList<>();

        AnsweringDialogs(Path file) {
            this.file = file;
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return false;
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public void showSaved(String title, String message) {
            saved.add(title);
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, String extensionDescription, String... extensions) {
            offered.clear();
            offered.addAll(List.of(extensions));
            return Optional.of(file);
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName) {
            suggested.add(suggestedName);
            return Optional.of(file);
        }
    }
}
