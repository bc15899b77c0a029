package org.threshold.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Scene;
import org.threshold.domain.DisplayTheme;

/** The theme and the single font size every screen scales from; changes apply to every open window at once. */
public interface Appearance {
    ReadOnlyObjectProperty<DisplayTheme> themeProperty();

    ReadOnlyIntegerProperty fontSizeProperty();

    void setTheme(DisplayTheme theme);

    void setFontSize(int size);

    /** Styles a window with the theme; {@code scale} multiplies the font size (the audience display uses 2). */
    void register(Scene scene, double scale);

    void unregister(Scene scene);
}
