package org.threshold.ui.packs.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.app.ThemeManager;
import org.threshold.domain.DisplayTheme;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.store.SettingsRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.workshop.DisplayPreferences;
import org.threshold.workshop.PackLibrary;

/** Walks the real editor: choose a stage in the outline, retype its title, save, and find it in the library. */
class PackEditorFxTest {
    @TempDir
    Path dir;
    Database db;
    PackLibrary library;
    String copyId;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        db = Database.open(dir.resolve("fx.db"));
        library = new PackLibrary(new PackRepository(db));
        copyId = library.duplicate(library.defaultPack()).id();
        PackEditorViewModel model = new PackEditorViewModel(copyId, library, new DirectTaskExecutor(),
                new ScriptedDialogs(), new RecordingNavigator());
        ThemeManager theme = new ThemeManager(new DisplayPreferences(new SettingsRepository(db)), new DirectTaskExecutor());
        FxToolkit.setupStage(stage -> {
            // Within Monocle's headless screen (1280x800), so every click lands on the screen.
            theme.restore(DisplayTheme.LIGHT, 15);
            Scene scene = new Scene(new PackEditorView(model, theme), 1200, 760);
            theme.register(scene, 1);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        db.close();
    }

    @Test
    void aStageEditedInTheEditorIsSaved() {
        String before = library.find(copyId).orElseThrow().pack().scenarios().get(0).stages().get(1).title();
        // Keyboard only, as a facilitator without a mouse would: down the outline to the stage, into its title.
        javafx.scene.control.ListView<?> outline = robot.lookup("#editor-outline").queryAs(javafx.scene.control.ListView.class);
        robot.interact(outline::requestFocus);
        robot.type(KeyCode.DOWN, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(OutlineItem.stage(0, 1), outline.getSelectionModel().getSelectedItem());
        TextField title = robot.lookup(".editor-form .text-field").queryAllAs(TextField.class).stream()
                .filter(field -> field.getText().equals(before)).findFirst().orElseThrow();
        robot.interact(title::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Stage 2: Reviews missed again");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#editor-save").query().isDisabled());

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Stage 2: Reviews missed again",
                library.find(copyId).orElseThrow().pack().scenarios().get(0).stages().get(1).title());
        assertEquals(true, robot.lookup("#editor-save").query().isDisabled());
    }

}
