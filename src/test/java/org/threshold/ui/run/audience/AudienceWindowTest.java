package org.threshold.ui.run.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.threshold.domain.DisplayTheme;
import org.threshold.domain.SessionDetails;
import org.threshold.store.SettingsRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.common.Appearance;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.DisplayPreferences;
import org.threshold.workshop.DisplayPreferences.WindowPlace;
import org.threshold.workshop.WorkshopFixture;

/** The projector window opens where the facilitator left it, at the size it was, the next time. */
class AudienceWindowTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;
    DisplayPreferences preferences;
    RunViewModel run;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        preferences = new DisplayPreferences(new SettingsRepository(fixture.database));
        long id = fixture.catalog.create(SessionDetails.of("Window test", LocalDate.of(2026, 6, 3), "", "")).id();
        fixture.planner.load(id);
        run = new RunViewModel(id, fixture.runner, new DirectTaskExecutor(), new ScriptedDialogs(),
                new RecordingNavigator(), fixture.clock);
        run.start();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theWindowsPlaceAndSizeAreRememberedWhenItCloses() throws Exception {
        Window owner = onFx(() -> {
            Stage console = new Stage();
            console.setScene(new Scene(new Pane(), 400, 300));
            return console;
        });
        AudienceWindow first = onFx(() -> window(owner));
        onFx(() -> {
            first.show();
            Stage stage = (Stage) first.scene().getWindow();
            stage.setX(120);
            stage.setY(90);
            stage.setWidth(800);
            stage.setHeight(450);
            first.close();
            return null;
        });
        assertEquals(Optional.of(new WindowPlace(120, 90, 800, 450, false)), preferences.audienceWindow());

        AudienceWindow second = onFx(() -> window(owner));
        Stage reopened = onFx(() -> {
            second.show();
            return (Stage) second.scene().getWindow();
        });
        assertEquals(120, reopened.getX());
        assertEquals(90, reopened.getY());
        assertEquals(800, reopened.getWidth());
        assertEquals(450, reopened.getHeight());
        onFx(() -> {
            second.close();
            return null;
        });
    }

    @Test
    void aPlaceWrittenByHandOrOffEveryScreenIsIgnored() {
        new SettingsRepository(fixture.database).put("display.audience-window", "left,top");
        assertEquals(Optional.empty(), preferences.audienceWindow());
        WindowPlace gone = new WindowPlace(50_000, 50_000, 800, 450, true);
        assertTrue(AudienceWindow.screenAt(gone, javafx.stage.Screen.getScreens()).isEmpty(),
                "a projector unplugged since: the window opens as if new");
    }

    private AudienceWindow window(Window owner) {
        return new AudienceWindow(run, new NoTheme(), owner, new DirectTaskExecutor(), () -> preferences);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** The window's own stylesheet is enough here. */
    private static final class NoTheme implements Appearance {
        @Override
        public ReadOnlyObjectProperty<DisplayTheme> themeProperty() {
            return new ReadOnlyObjectWrapper<>(DisplayTheme.LIGHT).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyIntegerProperty fontSizeProperty() {
            return new ReadOnlyIntegerWrapper(DisplayPreferences.DEFAULT_FONT_SIZE).getReadOnlyProperty();
        }

        @Override
        public void setTheme(DisplayTheme theme) {
        }

        @Override
        public void setFontSize(int size) {
        }

        @Override
        public void register(Scene scene, double scale) {
        }

        @Override
        public void unregister(Scene scene) {
        }
    }
}
