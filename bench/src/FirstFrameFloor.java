import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for the start-up benchmark: the smallest JavaFX window, timed the same way as
 * Threshold's --exit-after-first-frame (JVM start to the first laid-out frame).
 */
public class FirstFrameFloor {
    public static void main(String[] args) {
        // Launched through a nested class: a main class that is itself an Application needs JavaFX as modules.
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("floor"), 1366, 768);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    Platform.runLater(() -> {
                        System.out.println(millis);
                        Platform.exit();
                    });
                }
            });
            stage.setScene(scene);
            stage.show();
        }
    }
}
