package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.threshold.domain.DisplayTheme;
import org.threshold.testing.HeldTasks;

/**
 * Display settings are remembered in the order they were made, even when the worker threads finish
 * the saves out of order: the text size the next start uses is the last one chosen.
 */
class ThemeManagerTest {
    @TempDir
    Path dir;

    @Test
    void twoQuickTextSizeChangesAreRememberedInTheOrderMade() throws Exception {
        FxToolkit.registerPrimaryStage();
        Services services = Services.open(dir.resolve("theme.db"), Clock.systemUTC());
        try {
            HeldTasks held = new HeldTasks();
            new FxRobot().interact(() -> {
                ThemeManager theme = new ThemeManager(services.display(), held);
                theme.restore(DisplayTheme.LIGHT, 15);
                theme.setFontSize(16);
                theme.setFontSize(17);
                held.finishNewestFirst();
            });
            assertEquals(17, services.display().fontSize());
        } finally {
            services.close();
        }
    }
}
