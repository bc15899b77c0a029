package org.threshold.ui.run.console;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the box being typed in on screen: a ScrollPane does not follow the keyboard by itself. */
final class Scrolling {
    private Scrolling() {
    }

    static void followFocus(ScrollPane pane, Node field) {
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                show(pane, field);
            }
        });
    }

    static void show(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double extra = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        if (inContent == null || extra <= 0) {
            return;
        }
        double top = pane.getVvalue() * extra;
        double bottom = top + pane.getViewportBounds().getHeight();
        if (inContent.getMinY() < top) {
            pane.setVvalue(inContent.getMinY() / extra);
        } else if (inContent.getMaxY() > bottom) {
            pane.setVvalue((inContent.getMaxY() - pane.getViewportBounds().getHeight()) / extra);
        }
    }
}
