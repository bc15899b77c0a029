package org.threshold.workshop;

import java.util.Optional;
import org.threshold.domain.DisplayTheme;
import org.threshold.store.SettingsRepository;

/** The theme and the one font size that scales every screen, remembered between days. */
public final class DisplayPreferences {
    public static final int MIN_FONT_SIZE = 12;
    public static final int MAX_FONT_SIZE = 28;
    public static final int DEFAULT_FONT_SIZE = 15;

    private static final String THEME = "display.theme";
    private static final String FONT_SIZE = "display.font-size";

    private final SettingsRepository settings;

    public DisplayPreferences(SettingsRepository settings) {
        this.settings = settings;
    }

    public DisplayTheme theme() {
        return settings.get(THEME).flatMap(DisplayPreferences::parseTheme).orElse(DisplayTheme.LIGHT);
    }

    public int fontSize() {
        return settings.get(FONT_SIZE).flatMap(DisplayPreferences::parseInt).map(DisplayPreferences::clampFontSize)
                .orElse(DEFAULT_FONT_SIZE);
    }

    public void saveTheme(DisplayTheme theme) {
        settings.put(THEME, theme.name());
    }

    public void saveFontSize(int size) {
        settings.put(FONT_SIZE, Integer.toString(clampFontSize(size)));
    }

    public static int clampFontSize(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    private static Optional<DisplayTheme> parseTheme(String text) {
        try {
            return Optional.of(DisplayTheme.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
