package org.threshold.app;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/** The app's icon for the window's title bar, task bar and switcher, in the sizes the OSes pick from. */
final class AppIcon {
    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 256);

    private AppIcon() {
    }

    /**
     * Loaded at once: a window given icons still loading in the background never shows them
     * (seen on Linux). The app sets them after the first frame, so start-up does not wait.
     */
    static List<Image> images() {
        return SIZES.stream().map(size -> new Image(Objects.requireNonNull(AppIcon.class.getResource(
                "/org/threshold/assets/icon/threshold-" + size + ".png")).toExternalForm())).toList();
    }
}
