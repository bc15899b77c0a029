package org.threshold.ui.run.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The slide grows to the largest size that fits, up to a limit, and never shrinks its text below 28px. */
class FitPaneTest {
    static final double BODY = 36;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aShortSlideGrowsAsFarAsAllowed() throws Exception {
        assertEquals(FitPane.MAX_GROWTH, growth(1, 1920, 1080), 1e-9);
        assertEquals(FitPane.MAX_GROWTH, growth(1, 3840, 2160), 1e-9, "the same at 4K");
    }

    @Test
    void aSlideThatFitsAtItsSetSizeIsNeverDrawnSmaller() throws Exception {
        double growth = growth(16, 1920, 1080);
        assertTrue(growth >= 1 && growth < FitPane.MAX_GROWTH, "16 lines fit at 36px, not at 54px: " + growth);
        assertEquals(growth, growth(16, 1366, 768), 0.01, "the same layout on a laptop");
    }

    @Test
    void aLongSlideShrinksButNeverBelowTwentyEightPixels() throws Exception {
        double growth = growth(24, 1920, 1080);
        assertTrue(growth < 1, "24 lines do not fit at 36px: " + growth);
        assertTrue(BODY * growth >= FitPane.MIN_TEXT - 1e-9);
        assertEquals(FitPane.MIN_TEXT / BODY, growth(60, 1920, 1080), 1e-9, "far too long: the floor, never below");
    }

    /** How much a slide of {@code lines} lines of 36px text is grown on a screen of that size. */
    private static double growth(int lines, int width, int height) throws Exception {
        return onFx(() -> {
            VBox slide = new VBox();
            for (int i = 0; i < lines; i++) {
                Label line = new SlideLabel("Line " + (i + 1) + " of the slide");
                line.setFont(Font.font(BODY));
                slide.getChildren().add(line);
            }
            FitPane fit = new FitPane();
            fit.setContent(slide);
            new Scene(fit, width, height);
            fit.applyCss();
            fit.layout();
            return fit.growthProperty().get();
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
