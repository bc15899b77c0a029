package org.threshold.app;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * macOS hands an archive opened in Finder to the app as an event rather than an argument,
 * and AWT's Desktop is the only public way to receive it (as Cryptomator does). Touched on
 * macOS alone: elsewhere the file arrives as an argument, and starting AWT would cost time.
 */
final class MacOpenedFiles {
    private MacOpenedFiles() {
    }

    static void forwardTo(Consumer<Path> open) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            return;
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
            Desktop.getDesktop().setOpenFileHandler(event -> {
                for (File file : event.getFiles()) {
                    Platform.runLater(() -> open.accept(file.toPath()));
                }
            });
        }
    }
}
