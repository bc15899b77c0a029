package org.threshold.ui.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionDetails;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.store.Tampering;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.plan.PlanViewModel;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionPlanner;
import org.threshold.workshop.UnreadablePack;

class PackLibraryViewModelTest {
    @TempDir
    Path dir;
    Database db;
    PackLibrary library;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    RecordingNavigator navigator = new RecordingNavigator();
    PackLibraryViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("l.db"));
        library = new PackLibrary(new PackRepository(db));
        model = new PackLibraryViewModel(library, new DirectTaskExecutor(), dialogs, navigator);
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path copy(String resource) throws IOException {
        Path file = dir.resolve(resource.substring(resource.indexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream("/org/threshold/content/" + resource)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void showsTheBundledPackWithItsFirstScenario() {
        assertEquals(1, model.packs().size());
        assertEquals("threshold-core-england", model.selectedProperty().get().id());
        assertEquals(library.defaultPack().pack().scenarios().get(0), model.scenarioProperty().get());
    }

    @Test
    void aRefusedImportListsEachProblemWithItsPlaceAndChangesNothing() throws Exception {
        model.importFrom(copy("broken/unknown-field.json"));
        assertEquals(List.of("scenarios[0].stages[0]: unknown field \"txt\" (did you mean \"text\"?)",
                "scenarios[0].stages[0].text: missing"), model.importProblems());
        assertEquals("unknown-field.json was not imported. Fix these 2 problems in the file, then import it again:",
                model.importHeadingProperty().get());
        assertEquals(1, library.list().size());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aGoodImportIsListedAndChosenAndClearsOldProblems() throws Exception {
        model.importFrom(copy("broken/unknown-field.json"));
        model.importFrom(copy("valid/small-pack.json"));
        assertEquals(List.of(), model.importProblems());
        assertEquals("test-small-pack", model.selectedProperty().get().id());
        assertEquals(2, model.packs().size());
        assertTrue(model.statusProperty().get().startsWith("Imported \u201cSmall test pack\u201d"));
    }

    @Test
    void importingTheSameIdAgainAsksAndKeepsTheOldOneWhenTheAnswerIsNo() throws Exception {
        Path file = copy("valid/small-pack.json");
        model.importFrom(file);
        PackLibrary.LoadedPack first = library.find("test-small-pack").orElseThrow();
        Files.writeString(file, Files.readString(file).replace("\"Small test pack\"", "\"Renamed pack\""));
        dialogs.answeringConfirmations(false);
        model.importFrom(file);
        assertEquals(1, dialogs.confirmations.size());
        assertEquals(first.pack(), library.find("test-small-pack").orElseThrow().pack());
        dialogs.answeringConfirmations(true);
        model.importFrom(file);
        assertEquals("Renamed pack", library.find("test-small-pack").orElseThrow().pack().metadata().title());
    }

    @Test
    void duplicateThenEditOpensTheCopyAndBundledPacksAreNeverDeleted() {
        model.deleteSelected();
        assertEquals(List.of(), dialogs.confirmations);
        model.duplicateSelected();
        assertEquals("threshold-core-england-copy", model.selectedProperty().get().id());
        model.editSelected();
        assertEquals(List.of("edit threshold-core-england-copy"), navigator.visits);
        model.deleteSelected();
        assertEquals(1, model.packs().size());
    }

    /** A stored pack that no longer reads stays in the list with its problem; it is never run from or edited. */
    @Test
    void aPackThatNoLongerReadsIsListedWithItsProblemAndCannotBeChosenForAWorkshop() throws Exception {
        model.importFrom(copy("valid/small-pack.json"));
        Tampering.update(db, "UPDATE pack SET json = substr(json, 1, 40) WHERE id = ?", "test-small-pack");
        model.refresh();
        UnreadablePack listed = assertInstanceOf(UnreadablePack.class, model.packs().get(1));
        assertTrue(listed.problem().matches("line \\d+, column \\d+: .+"), listed.problem());
        assertEquals(listed, model.selectedProperty().get());
        assertFalse(model.readableProperty().get());
        assertNull(model.scenarioProperty().get());

        model.editSelected();
        model.duplicateSelected();
        assertEquals(List.of(), navigator.visits);
        assertEquals(2, model.packs().size());
        assertTrue(model.statusProperty().get().startsWith("\u201cSmall test pack\u201d cannot be read, so it cannot be"
                + " used or edited: line "), model.statusProperty().get());

        SessionPlanner planner = new SessionPlanner(db, library, Clock.systemUTC());
        long session = new SessionCatalog(db, Clock.systemUTC())
                .create(SessionDetails.of("Leeds", LocalDate.of(2026, 10, 14), "Civic Hall", "A. F.")).id();
        PlanViewModel plan = new PlanViewModel(session, planner, new DirectTaskExecutor(), dialogs, navigator);
        plan.load();
        assertEquals(List.of("threshold-core-england"), plan.packChoices().stream().map(PackLibrary.LoadedPack::id).toList());

        Path rescued = dir.resolve("rescued.json");
        dialogs.savingTo(rescued);
        model.exportSelected();
        assertEquals(listed.storedText(), Files.readString(rescued));
        dialogs.answeringConfirmations(true);
        model.deleteSelected();
        assertEquals(1, model.packs().size());
    }
}
