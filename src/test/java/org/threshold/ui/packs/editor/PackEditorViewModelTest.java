package org.threshold.ui.packs.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.pack.Stage;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.packs.editor.OutlineItem.Kind;
import org.threshold.workshop.PackLibrary;

class PackEditorViewModelTest {
    @TempDir
    Path dir;
    Database db;
    PackLibrary library;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    RecordingNavigator navigator = new RecordingNavigator();
    String copyId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("e.db"));
        library = new PackLibrary(new PackRepository(db));
        copyId = library.duplicate(library.defaultPack()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PackEditorViewModel editor(String id) {
        PackEditorViewModel model = new PackEditorViewModel(id, library, new DirectTaskExecutor(), dialogs, navigator);
        model.load();
        return model;
    }

    private static Stage retitled(Stage x, String title) {
        return new Stage(title, x.text(), x.fragments(), x.decision(), x.facilitatorNotes());
    }

    @Test
    void aBundledPackOpensReadOnlyAndIgnoresEdits() {
        PackEditorViewModel model = editor("threshold-core-england");
        assertTrue(model.readOnlyProperty().get());
        model.editStage(0, 0, x -> retitled(x, "Changed"));
        assertFalse(model.dirtyProperty().get());
        assertFalse(model.canSaveBinding().get());
        assertEquals(List.of(), model.problems());
    }

    @Test
    void anEditedStageIsSaved() {
        PackEditorViewModel model = editor(copyId);
        assertFalse(model.readOnlyProperty().get());
        assertFalse(model.canSaveBinding().get());
        model.editStage(2, 1, x -> retitled(x, "Stage 2: the neighbour calls"));
        assertTrue(model.dirtyProperty().get());
        assertTrue(model.canSaveBinding().get());
        model.save();
        assertFalse(model.dirtyProperty().get());
        assertEquals("Stage 2: the neighbour calls",
                library.find(copyId).orElseThrow().pack().scenarios().get(2).stages().get(1).title());
    }

    @Test
    void problemsFollowEveryChangeAndSaveWaitsForNone() {
        PackEditorViewModel model = editor(copyId);
        model.editStage(0, 0, x -> retitled(x, " "));
        assertEquals(List.of("scenarios[0].stages[0].title: missing"), model.problems());
        assertFalse(model.canSaveBinding().get());
        model.save();
        assertEquals(library.defaultPack().pack().scenarios(), library.find(copyId).orElseThrow().pack().scenarios());
        model.editStage(0, 0, x -> retitled(x, "Stage 1: back again"));
        assertEquals(List.of(), model.problems());
        assertTrue(model.canSaveBinding().get());
    }

    @Test
    void aNewScenarioShowsWhatItStillNeeds() {
        PackEditorViewModel model = editor(copyId);
        int before = model.draftProperty().get().scenarios().size();
        model.selectedProperty().set(OutlineItem.of(Kind.DETAILS));
        model.addScenario();
        assertEquals(before + 1, model.draftProperty().get().scenarios().size());
        assertEquals(OutlineItem.scenario(before), model.selectedProperty().get());
        assertTrue(model.outline().contains(OutlineItem.stage(before, 2)));
        assertTrue(model.problems().contains("scenarios[" + before + "].summary: missing"), model.problems().toString());
        assertTrue(model.problems().stream().allMatch(p -> p.startsWith("scenarios[" + before + "]")));
        assertFalse(model.canSaveBinding().get());
    }

    @Test
    void stagesAreAddedMovedAndRemovedWithinTheirScenario() {
        PackEditorViewModel model = editor(copyId);
        String first = model.draftProperty().get().scenarios().get(0).stages().get(0).title();
        model.selectedProperty().set(OutlineItem.stage(0, 0));
        model.moveSelected(1);
        assertEquals(OutlineItem.stage(0, 1), model.selectedProperty().get());
        assertEquals(first, model.draftProperty().get().scenarios().get(0).stages().get(1).title());
        model.addStage();
        assertEquals(OutlineItem.stage(0, 2), model.selectedProperty().get());
        assertEquals("Stage 3", model.draftProperty().get().scenarios().get(0).stages().get(2).title());
        assertEquals(5, model.draftProperty().get().scenarios().get(0).stages().size());
        model.removeSelected();
        assertEquals(4, model.draftProperty().get().scenarios().get(0).stages().size());
        assertEquals("Stage 3", model.label(OutlineItem.stage(0, 2)).substring(0, 7));
    }

    @Test
    void removingAScenarioAsksFirst() {
        PackEditorViewModel model = editor(copyId);
        int count = model.draftProperty().get().scenarios().size();
        model.selectedProperty().set(OutlineItem.scenario(1));
        dialogs.answeringConfirmations(false);
        model.removeSelected();
        assertEquals(count, model.draftProperty().get().scenarios().size());
        dialogs.answeringConfirmations(true);
        model.removeSelected();
        assertEquals(count - 1, model.draftProperty().get().scenarios().size());
    }

    @Test
    void leavingWithUnsavedChangesAsks() {
        PackEditorViewModel model = editor(copyId);
        model.editStage(0, 0, x -> retitled(x, "Changed"));
        dialogs.answeringConfirmations(false);
        model.close();
        assertEquals(List.of(), navigator.visits);
        dialogs.answeringConfirmations(true);
        model.close();
        assertEquals(List.of("packs"), navigator.visits);
    }

    @Test
    void duplicatingAReadOnlyPackOpensTheCopy() {
        editor("threshold-core-england").duplicate();
        assertEquals(List.of("edit threshold-core-england-copy-2"), navigator.visits);
    }

    @Test
    void aProblemLineLeadsToItsPart() {
        assertEquals(Optional.of(OutlineItem.stage(2, 1)),
                PackOutline.problemTarget("scenarios[2].stages[1].decision.guidance.why: missing"));
        assertEquals(Optional.of(OutlineItem.scenario(3)), PackOutline.problemTarget("scenarios[3]: has 2 stages"));
        assertEquals(Optional.of(OutlineItem.of(Kind.REFERENCES)), PackOutline.problemTarget("references[0].url: x"));
        assertEquals(Optional.empty(), PackOutline.problemTarget("pack: no scenarios"));
    }
}
