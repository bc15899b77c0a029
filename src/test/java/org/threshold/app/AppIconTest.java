package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's icons are whole images when the window is given them: one still loading is never shown. */
class AppIconTest {
    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everySizeIsLoadedWhenHandedOver() throws Exception {
        List<Image> icons = WaitForAsyncUtils.asyncFx(AppIcon::images).get();
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 256.0), icons.stream().map(Image::getWidth).toList());
        icons.forEach(icon -> assertFalse(icon.isError(), icon.getUrl()));
    }
}
