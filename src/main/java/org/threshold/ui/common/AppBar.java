package org.threshold.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.threshold.domain.DisplayTheme;

/** The bar across the top of the console: where you are, and the theme and text-size controls. */
public final class AppBar extends HBox {
    private final HBox actions = new HBox();

    public AppBar(String where, Appearance appearance) {
        getStyleClass().add("app-bar");
        Label brand = new Label("Threshold");
        brand.getStyleClass().add("brand");
        Label place = new Label(where);
        place.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        actions.getStyleClass().add("app-bar-actions");
        actions.setSpacing(8);
        getChildren().addAll(brand, place, spacer, actions, themeChooser(appearance), textSize(appearance));
    }

    /** Screen-specific buttons, placed before the appearance controls. */
    public void addActions(Node... nodes) {
        actions.getChildren().addAll(nodes);
    }

    private static ComboBox<DisplayTheme> themeChooser(Appearance appearance) {
        ComboBox<DisplayTheme> themes = new ComboBox<>();
        themes.getItems().setAll(DisplayTheme.values());
        themes.setValue(appearance.themeProperty().get());
        themes.setConverter(Converters.of(theme -> theme.label()));
        themes.setTooltip(new Tooltip("Theme: light, dark, or high contrast for a pale projector"));
        themes.setAccessibleText("Theme");
        themes.valueProperty().addListener((obs, old, theme) -> {
            if (theme != null && theme != appearance.themeProperty().get()) {
                appearance.setTheme(theme);
            }
        });
        appearance.themeProperty().addListener((obs, old, theme) -> themes.setValue(theme));
        return themes;
    }

    private static HBox textSize(Appearance appearance) {
        Button smaller = new Button(null, Icons.TEXT_SMALLER.icon());
        smaller.setTooltip(new Tooltip("Smaller text (Ctrl+minus)"));
        smaller.setAccessibleText("Smaller text");
        smaller.setOnAction(e -> appearance.setFontSize(appearance.fontSizeProperty().get() - 1));
        Button bigger = new Button(null, Icons.TEXT_BIGGER.icon());
        bigger.setTooltip(new Tooltip("Bigger text (Ctrl+plus)"));
        bigger.setAccessibleText("Bigger text");
        bigger.setOnAction(e -> appearance.setFontSize(appearance.fontSizeProperty().get() + 1));
        HBox box = new HBox(4, smaller, bigger);
        box.getStyleClass().add("text-size");
        return box;
    }
}
