package org.threshold.ui.run.console;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/** Keeps the box being typed in on screen: a ScrollPane does not follow the keyboard by itself. */
final class Scrolling {
    private Scrolling() {
    }

    /** Whichever box inside {@code pane} takes the keyboard is scrolled into view. */
    static void followFocusWithin(ScrollPane pane) {
        ChangeListener<Node> follow = (obs, old, owner) -> {
            if (owner != null && pane.getContent() != null && isInside(owner, pane.getContent())) {
                show(pane, owner);
            }
        };
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        Scene scene = pane.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener(follow);
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
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
