package org.threshold.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import org.threshold.domain.DisplayTheme;
import org.threshold.ui.common.Appearance;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.DisplayPreferences;

/**
 * Sets the AtlantaFX user-agent stylesheet and the app's own sheets on every window, and
 * scales all text from one root font size (every other size in the CSS is in em).
 */
public final class ThemeManager implements Appearance {
    private static final String APP_CSS = css("threshold.css");
    private static final String PROJECTOR_CSS = css("projector.css");

    private static final System.Logger LOG = System.getLogger(ThemeManager.class.getName());

    private final Supplier<DisplayPreferences> preferences;
    /** Settings are saved in the order they were made: the last size chosen is the one remembered. */
    private final BackgroundWork saves;
    private final Map<Scene, Double> scenes = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<DisplayTheme> theme = new ReadOnlyObjectWrapper<>(this, "theme", DisplayTheme.LIGHT);
    private final ReadOnlyIntegerWrapper fontSize = new ReadOnlyIntegerWrapper(this, "fontSize",
            DisplayPreferences.DEFAULT_FONT_SIZE);

    public ThemeManager(DisplayPreferences preferences, TaskExecutor tasks) {
        this(() -> preferences, tasks);
    }

    /** Saves through whichever preferences are current: a restore reopens the data and replaces them. */
    public ThemeManager(Supplier<DisplayPreferences> preferences, TaskExecutor tasks) {
        this.preferences = preferences;
        this.saves = new BackgroundWork(tasks,
                failure -> LOG.log(System.Logger.Level.WARNING, "Could not remember the display setting", failure));
    }

    /** Applies what the facilitator chose last time, read from the store before the window opens. */
    public void restore(DisplayTheme savedTheme, int savedFontSize) {
        theme.set(savedTheme);
        fontSize.set(DisplayPreferences.clampFontSize(savedFontSize));
        applyToAll();
    }

    @Override
    public void register(Scene scene, double scale) {
        scenes.put(scene, scale);
        apply(scene, scale);
    }

    @Override
    public void unregister(Scene scene) {
        scenes.remove(scene);
    }

    @Override
    public ReadOnlyObjectProperty<DisplayTheme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyIntegerProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    @Override
    public void setTheme(DisplayTheme newTheme) {
        theme.set(Objects.requireNonNull(newTheme));
        applyToAll();
        save(() -> preferences.get().saveTheme(newTheme));
    }

    @Override
    public void setFontSize(int size) {
        int clamped = DisplayPreferences.clampFontSize(size);
        fontSize.set(clamped);
        applyToAll();
        save(() -> preferences.get().saveFontSize(clamped));
    }

    private void save(Runnable change) {
        saves.run(() -> {
            change.run();
            return null;
        }, done -> { });
    }

    private void applyToAll() {
        Application.setUserAgentStylesheet(theme.get() == DisplayTheme.LIGHT
                ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
        scenes.forEach(this::apply);
    }

    private void apply(Scene scene, double scale) {
        List<String> sheets = new ArrayList<>();
        sheets.add(APP_CSS);
        if (theme.get() == DisplayTheme.PROJECTOR) {
            sheets.add(PROJECTOR_CSS);
        }
        sheets.add(fontSizeSheet((int) Math.round(fontSize.get() * scale)));
        // Screens add their own sheets after these; keep them.
        scene.getStylesheets().removeIf(s -> s.equals(APP_CSS) || s.equals(PROJECTOR_CSS) || s.startsWith("data:"));
        scene.getStylesheets().addAll(0, sheets);
    }

    /**
     * The size rules, as a data stylesheet so no inline style is needed. Icon sizes are given in
     * pixels here: an em size on an icon is taken from the icon's own font and grows each time
     * the CSS is applied again.
     */
    static String fontSizeSheet(int size) {
        String rules = ".root { -fx-font-size: " + size + "px; }\n"
                + ".app-icon { -fx-icon-size: " + Math.round(size * 1.2) + "px; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(rules.getBytes(StandardCharsets.UTF_8));
    }

    private static String css(String name) {
        return Objects.requireNonNull(ThemeManager.class.getResource(name), name).toExternalForm();
    }
}
