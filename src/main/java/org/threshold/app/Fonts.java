package org.threshold.app;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the bundled DejaVu Sans: a machine without fonts would otherwise render no text, and
 * the same file is embedded in PDFs, so the projector, the PNGs and the exports all match.
 */
final class Fonts {
    private static final System.Logger LOG = System.getLogger(Fonts.class.getName());
    private static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};

    private Fonts() {
    }

    static void load() {
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/threshold/assets/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    LOG.log(System.Logger.Level.WARNING, "Bundled font " + file + " could not be loaded");
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Bundled font " + file + " could not be read", e);
            }
        }
    }
}
