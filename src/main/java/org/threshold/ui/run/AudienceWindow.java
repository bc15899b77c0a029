package org.threshold.ui.run;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.threshold.ui.common.Appearance;
import org.threshold.ui.run.audience.AudienceView;
import org.threshold.ui.run.phones.PhonesViewModel;

/**
 * The projector window. With a second screen it opens there, full screen; otherwise it is an
 * ordinary window the facilitator drags to the projector and makes full screen with F5 or F.
 */
public final class AudienceWindow implements AudienceDisplay {
    static final double AUDIENCE_SCALE = 2.0;
    private static final String CSS = AudienceWindow.class.getResource("audience.css").toExternalForm();

    private final Stage stage = new Stage();
    private final Scene scene;
    private final Appearance appearance;
    private final AudienceView view;

    public AudienceWindow(RunViewModel model, Appearance appearance, Window owner) {
        this.appearance = appearance;
        view = new AudienceView(model);
        scene = new Scene(view, 1280, 720);
        appearance.register(scene, scaleFor(scene.getHeight()));
        scene.heightProperty().addListener((obs, old, height) -> appearance.register(scene, scaleFor(height.doubleValue())));
        scene.getStylesheets().add(CSS);
        stage.setScene(scene);
        stage.setTitle("Threshold: audience display");
        stage.setFullScreenExitHint("Press Esc to leave full screen");
        // Keys pressed while the projector window has focus drive the workshop as on the console.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (owner.getScene() != null && e.getCode() != KeyCode.ESCAPE) {
                owner.getScene().getRoot().fireEvent(e.copyFor(owner.getScene().getRoot(), owner.getScene().getRoot()));
                e.consume();
            }
        });
    }

    /** Twice the app's font size at 1080 pixels high, in proportion elsewhere: the same layout on any projector. */
    public static double scaleFor(double height) {
        return AUDIENCE_SCALE * Math.max(480, height) / 1080;
    }

    public void show() {
        List<Screen> screens = Screen.getScreens();
        Screen projector = screens.stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst().orElse(null);
        if (projector != null) {
            Rectangle2D bounds = projector.getVisualBounds();
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.show();
            stage.setFullScreen(true);
        } else {
            stage.show();
        }
    }

    @Override
    public void toggleFullScreen() {
        if (!stage.isShowing()) {
            show();
        }
        stage.setFullScreen(!stage.isFullScreen());
    }

    @Override
    public void close() {
        appearance.unregister(scene);
        stage.close();
    }

    /** Phones in the room: their answers, the join details and the open answers on the slides. */
    public void showPhones(PhonesViewModel phones) {
        view.showPhones(phones);
    }

    public Scene scene() {
        return scene;
    }
}
