package org.threshold.ui.run.console;

import java.util.function.Supplier;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.threshold.domain.NoteKind;
import org.threshold.ui.run.RunViewModel;

/**
 * The console's keys. Text typed in a box is text; the room's letter keys work only where no
 * text box or grid has the keyboard; a key that moves the room on first saves what is typed, and
 * does nothing (saying why) when that cannot be saved. PageDown, PageUp and F5, the keys a remote
 * sends, work everywhere.
 */
final class ConsoleKeys {
    private static final String ESCAPE_TO = "threshold.escapeTo";

    /** Where the keyboard is, for what a key may mean there. */
    enum Where {
        /** A box for free text: every key is text. */
        TEXT,
        /** A count box: digits only, so the room's letters act, after the box is saved. */
        COUNT,
        /** The trust grid: digits rate, and R waits until the keyboard leaves the grid. */
        GRID,
        /** A button, list or chooser: its own keys first (Space presses a button), room letters act. */
        CONTROL,
        /** The agenda or nothing in particular: every room key acts. */
        ROOM;

        static Where of(EventTarget target, Node agenda) {
            if (target instanceof TextInputControl box) {
                if (box.getStyleClass().contains("trust-cell")) {
                    return GRID;
                }
                return box.getStyleClass().contains(CountRow.STYLE) ? COUNT : TEXT;
            }
            return target instanceof Control && target != agenda ? CONTROL : ROOM;
        }
    }

    private final ConsoleView console;
    private final RunViewModel model;

    ConsoleKeys(ConsoleView console, RunViewModel model) {
        this.console = console;
        this.model = model;
    }

    /** Esc in {@code box} goes back to where {@code returnTo} says (the trust cell a comment is for), not the agenda. */
    static void escapeReturnsTo(Node box, Supplier<Node> returnTo) {
        box.getProperties().put(ESCAPE_TO, returnTo);
    }

    void handle(KeyEvent e) {
        Where where = Where.of(e.getTarget(), console.agenda());
        if (endKeys(e) || remoteKeys(e) || modifiedKeys(e) || escape(e, where) || roomKeys(e, where)) {
            e.consume();
        }
    }

    /** While ending is offered: Enter ends the workshop, Esc stays. */
    private boolean endKeys(KeyEvent e) {
        if (!model.ending().offeredProperty().get()) {
            return false;
        }
        if (e.getCode() == KeyCode.ENTER) {
            model.ending().confirm();
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            model.ending().cancel();
            return true;
        }
        return false;
    }

    private boolean remoteKeys(KeyEvent e) {
        switch (e.getCode()) {
            case PAGE_DOWN -> console.guarded(model::next, true);
            case PAGE_UP -> console.guarded(model::previous, true);
            case F5 -> console.toggleFullScreen();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Alt+1..5 start a note of that kind from anywhere; Ctrl+T switches how a stage's decisions are counted. */
    private boolean modifiedKeys(KeyEvent e) {
        if (e.isAltDown() && !e.isShortcutDown()) {
            int index = noteKey(e.getCode());
            if (index >= 0 && index < NoteKind.values().length) {
                console.startNote(NoteKind.values()[index]);
                return true;
            }
            return false;
        }
        if (e.isShortcutDown() && !e.isAltDown() && e.getCode() == KeyCode.T) {
            console.switchDecisionMode();
            return true;
        }
        return false;
    }

    /** 1 to 5 on the main keys or the keypad, as 0 to 4; -1 for any other key. */
    private static int noteKey(KeyCode code) {
        if (code.compareTo(KeyCode.DIGIT1) >= 0 && code.compareTo(KeyCode.DIGIT9) <= 0) {
            return code.ordinal() - KeyCode.DIGIT1.ordinal();
        }
        if (code.compareTo(KeyCode.NUMPAD1) >= 0 && code.compareTo(KeyCode.NUMPAD9) <= 0) {
            return code.ordinal() - KeyCode.NUMPAD1.ordinal();
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private boolean escape(KeyEvent e, Where where) {
        if (e.getCode() != KeyCode.ESCAPE || where == Where.ROOM) {
            return false;
        }
        Object target = ((Node) e.getTarget()).getProperties().get(ESCAPE_TO);
        Node back = target instanceof Supplier<?> supplier ? ((Supplier<Node>) supplier).get() : null;
        if (back != null) {
            back.requestFocus();
        } else {
            // Out of the box or grid, so the remote's keys and R, B and the arrows work again.
            console.commit(false);
            console.focusAgenda();
        }
        return true;
    }

    private boolean roomKeys(KeyEvent e, Where where) {
        if (where == Where.TEXT || e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case R -> {
                if (where == Where.GRID) {
                    model.tell("The trust grid has the keyboard: press Esc to leave it, then R shows the room.");
                } else if (e.isShiftDown()) {
                    console.guarded(model::hide, false);
                } else {
                    console.guarded(model::reveal, false);
                }
            }
            case B, PERIOD -> {
                console.commit(false);
                model.toggleBlank();
            }
            case F -> console.toggleFullScreen();
            case G -> {
                console.commit(false);
                console.focusAgenda();
            }
            case SPACE, RIGHT, LEFT -> {
                return arrowsAndSpace(code, where);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Space and the arrows move the room only from the agenda: in a box or on a button they keep their own meaning. */
    private boolean arrowsAndSpace(KeyCode code, Where where) {
        if (where == Where.ROOM) {
            console.guarded(code == KeyCode.LEFT ? model::previous : model::next, true);
            return true;
        }
        if (code == KeyCode.SPACE && (where == Where.COUNT || where == Where.GRID)) {
            model.tell("Space does not move the room on from a box: PageDown does, after saving it.");
            return true;
        }
        return false;
    }
}
