package org.threshold.ui.run.audience;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.threshold.ui.common.Appearance;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.ui.run.AudienceDisplay;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.phones.PhonesViewModel;
import org.threshold.workshop.DisplayPreferences;
import org.threshold.workshop.DisplayPreferences.WindowPlace;

/**
 * The projector window. It opens where it was last (on a screen still attached); otherwise, with
 * a second screen, there, full screen; otherwise as an ordinary window the facilitator drags to
 * the projector and makes full screen with F5 or F. Its place is remembered when it closes.
 */
public final class AudienceWindow implements AudienceDisplay {
    /** The app's font size times this is the slide's text size on the 1080-high design screen: 36 at the default 15. */
    public static final double AUDIENCE_SCALE = 2.4;
    public static final String CSS = Objects.requireNonNull(AudienceWindow.class.getResource("audience.css"))
            .toExternalForm();
    private static final System.Logger LOG = System.getLogger(AudienceWindow.class.getName());

    private final Stage stage = new Stage();
    private final AudienceView view;
    private final Scene scene;
    private final Appearance appearance;
    /** Reading and remembering the window's place, in order; a failure costs only the place, so it is logged. */
    private final BackgroundWork places;
    private final Supplier<DisplayPreferences> preferences;
    private final Window owner;
    private WindowPlace windowed;

    public AudienceWindow(RunViewModel model, Appearance appearance, Window owner, TaskExecutor tasks,
                          Supplier<DisplayPreferences> preferences) {
        this.appearance = appearance;
        this.places = new BackgroundWork(tasks,
                failure -> LOG.log(System.Logger.Level.WARNING, "Could not remember the audience window", failure));
        this.preferences = preferences;
        this.owner = owner;
        view = new AudienceView(new AudienceViewModel(model));
        scene = new Scene(view, 1280, 720);
        appearance.register(scene, AUDIENCE_SCALE);
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
        // Only the bounds of the window as a window are worth keeping: full screen, they are the screen's.
        stage.xProperty().addListener(o -> rememberWindowed());
        stage.yProperty().addListener(o -> rememberWindowed());
        stage.widthProperty().addListener(o -> rememberWindowed());
        stage.heightProperty().addListener(o -> rememberWindowed());
        stage.setOnHiding(e -> save());
    }

    /** Shows the window where it was last, once that is read from the store. */
    public void show() {
        places.run(() -> preferences.get().audienceWindow(), saved -> place(saved, Screen.getScreens()), failure -> {
            LOG.log(System.Logger.Level.WARNING, "Could not read where the audience window was", failure);
            place(Optional.empty(), Screen.getScreens());
        });
    }

    private void place(Optional<WindowPlace> saved, List<Screen> screens) {
        Screen primary = Screen.getPrimary();
        Screen projector = screens.stream().filter(s -> !s.equals(primary)).findFirst().orElse(null);
        Optional<Screen> savedOn = saved.flatMap(p -> screenAt(p, screens));
        // A projector plugged in since the window was last kept on the laptop's own screen wins.
        boolean useSaved = savedOn.isPresent() && (projector == null || !savedOn.get().equals(primary));
        if (useSaved) {
            WindowPlace place = saved.get();
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(place.width());
            stage.setHeight(place.height());
            stage.show();
            stage.setFullScreen(place.fullScreen());
        } else if (projector != null) {
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
        // The window opens once its place is read, after the console is up: the keyboard stays with the console.
        owner.requestFocus();
    }

    /** The screen holding the middle of a saved window, if that screen is still attached. */
    static Optional<Screen> screenAt(WindowPlace place, List<Screen> screens) {
        double x = place.x() + place.width() / 2;
        double y = place.y() + place.height() / 2;
        return screens.stream().filter(s -> s.getBounds().contains(x, y)).findFirst();
    }

    private void rememberWindowed() {
        // While a window opens its place is briefly unset (NaN); only a real place is worth keeping.
        if (stage.isShowing() && !stage.isFullScreen() && stage.getWidth() > 0 && stage.getHeight() > 0
                && Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())) {
            windowed = new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    @Override
    public void toggleFullScreen() {
        if (!stage.isShowing()) {
            show();
            return;
        }
        stage.setFullScreen(!stage.isFullScreen());
    }

    @Override
    public void close() {
        appearance.unregister(scene);
        stage.close();
    }

    /** Remembers the place off the FX thread. */
    private void save() {
        if (windowed == null) {
            return;
        }
        WindowPlace place = new WindowPlace(windowed.x(), windowed.y(), windowed.width(), windowed.height(),
                stage.isFullScreen());
        places.run(() -> {
            preferences.get().saveAudienceWindow(place);
            return null;
        }, done -> { });
    }

    /** Phones in the room: their answers, the join details and the open answers on the slides. */
    public void showPhones(PhonesViewModel phones) {
        view.showPhones(phones);
    }

    public Scene scene() {
        return scene;
    }
}
