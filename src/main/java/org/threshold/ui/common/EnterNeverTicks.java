package org.threshold.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Off the Mac, JavaFX ticks and unticks a checkbox on Enter as it does on Space: a stray Enter would
 * take an agency out of the plan, or put the free-text notes into an export. Filtered on the app
 * window and on every dialog, so Space alone ticks a box.
 */
public final class EnterNeverTicks implements EventHandler<KeyEvent> {
    /** Added as a filter for {@link KeyEvent#KEY_PRESSED} on a window's scene or a dialog's pane. */
    public static final EnterNeverTicks FILTER = new EnterNeverTicks();

    private EnterNeverTicks() {
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.getTarget() instanceof CheckBox) {
            event.consume();
        }
    }
}
