package org.threshold.domain;

/** How the app looks: light for the laptop, dark for dim rooms, high contrast for a washed-out projector. */
public enum DisplayTheme {
    LIGHT("Light"),
    DARK("Dark"),
    PROJECTOR("Projector (high contrast)");

    private final String label;

    DisplayTheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
