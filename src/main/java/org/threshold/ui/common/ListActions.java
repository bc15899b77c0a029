package org.threshold.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/** The list gestures every library screen shares: double-click or Enter opens, Delete deletes. */
public final class ListActions {
    private ListActions() {
    }

    public static void bind(ListView<?> list, Runnable open, Runnable delete) {
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.run();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete.run();
                e.consume();
            }
        });
    }
}
