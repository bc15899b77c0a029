package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/**
 * Renders a screen to PNG in target/screens and checks, as a reader at the back would, that
 * no visible label has been cut short with an ellipsis.
 */
final class ScreenCapture {
    private final Path folder;
    private final ThemeManager theme;

    ScreenCapture(ThemeManager theme) throws IOException {
        this.folder = Path.of(System.getProperty("threshold.screens.dir", "target/screens"));
        this.theme = theme;
        Files.createDirectories(folder);
    }

    /**
     * Starts the headless toolkit with the shipped font, then a theme over the given data, ready to render:
     * what each class of renders starts with.
     */
    static ScreenCapture start(Services services) throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        ScreensTest.onFx(() -> {
            Fonts.load();
            return null;
        });
        return new ScreenCapture(new ThemeManager(services.display(), new org.threshold.testing.DirectTaskExecutor()));
    }

    ThemeManager theme() {
        return theme;
    }

    Scene capture(String name, Parent root, double scale, int width, int height, String... extraSheets) throws IOException {
        Scene scene = new Scene(root, width, height);
        theme.register(scene, scale);
        scene.getStylesheets().addAll(extraSheets);
        root.applyCss();
        root.layout();
        WritableImage image = scene.snapshot(null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name + ".png").toFile());
        assertEquals(List.of(), truncatedLabels(root), name + ": labels cut short");
        theme.unregister(scene);
        return scene;
    }

    /** Visible labels whose drawn text differs from their text: JavaFX clipped them with an ellipsis. */
    static List<String> truncatedLabels(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                String ellipsis = labeled.getEllipsisString();
                if (child instanceof Text text && !text.getText().equals(labeled.getText())
                        && text.getText().endsWith(ellipsis) && !labeled.getText().endsWith(ellipsis)) {
                    cut.add(labeled.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
