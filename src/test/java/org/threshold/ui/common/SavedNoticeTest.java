package org.threshold.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Good news is a notice in the window's corner that asks for nothing: the call returns at once, the window stays usable. */
class SavedNoticeTest {
    private static final String SAVED = "\u201cNorthfield\u201d was saved to /home/facilitator/Northfield.threshold.";

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aSavedNoticeShowsItsTextOverTheWindowWithoutBlocking() throws Exception {
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 800, 600));
            stage.show();
            // A modal dialog would not return here until someone answered it.
            new FxDialogService(() -> stage).showSaved("Archive saved", SAVED);
            List<String> shown = Window.getWindows().stream().filter(w -> w instanceof PopupWindow)
                    .filter(w -> ((PopupWindow) w).getOwnerWindow() == stage)
                    .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                    .map(node -> ((Label) node).getText()).toList();
            stage.close();
            return shown;
        }).get();
        assertTrue(texts.contains(SAVED), texts.toString());
        assertEquals(1, texts.stream().filter("Archive saved"::equals).count(), texts.toString());
    }
}
