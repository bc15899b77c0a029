package org.threshold.ui.run.audience;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One idea per screen: a kicker, a heading and a body, sized for the back of the room by audience.css. */
final class Slide extends VBox {
    Slide(String kicker, String heading) {
        getStyleClass().add("slide");
        setAlignment(Pos.TOP_LEFT);
        if (kicker != null && !kicker.isBlank()) {
            getChildren().add(label(kicker, "slide-kicker"));
        }
        getChildren().add(label(heading, "slide-heading"));
    }

    Slide body(String text) {
        getChildren().add(label(text, "slide-body"));
        return this;
    }

    Slide muted(String text) {
        getChildren().add(label(text, "slide-note"));
        return this;
    }

    Slide add(Node node) {
        getChildren().add(node);
        return this;
    }

    static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** Option letters: the room answers "B" rather than reading a label back. */
    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
