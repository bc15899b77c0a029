package org.threshold.workshop;

import java.util.Optional;
import org.threshold.domain.DisplayTheme;
import org.threshold.store.SettingsRepository;

/** The theme, the one font size that scales every screen, and where the audience window was, remembered between days. */
public final class DisplayPreferences {
    public static final int MIN_FONT_SIZE = 12;
    public static final int MAX_FONT_SIZE = 28;
    public static final int DEFAULT_FONT_SIZE = 15;

    private static final String THEME = "display.theme";
    private static final String FONT_SIZE = "display.font-size";
    private static final String AUDIENCE_WINDOW = "display.audience-window";

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

    /** Where the audience window was last, and whether it was full screen there. */
    public Optional<WindowPlace> audienceWindow() {
        return settings.get(AUDIENCE_WINDOW).flatMap(WindowPlace::parse);
    }

    public void saveAudienceWindow(WindowPlace place) {
        settings.put(AUDIENCE_WINDOW, place.format());
    }

    /** A window's position and size on the desktop, in pixels, and whether it filled its screen. */
    public record WindowPlace(double x, double y, double width, double height, boolean fullScreen) {
        public WindowPlace {
            if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("A window needs a place and a size");
            }
        }

        String format() {
            return String.join(",", num(x), num(y), num(width), num(height), Boolean.toString(fullScreen));
        }

        /** A saved place, or nothing when the setting was written by hand and cannot be read. */
        static Optional<WindowPlace> parse(String text) {
            String[] parts = text.split(",");
            if (parts.length != 5) {
                return Optional.empty();
            }
            try {
                return Optional.of(new WindowPlace(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private static String num(double value) {
            return Long.toString(Math.round(value));
        }
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
