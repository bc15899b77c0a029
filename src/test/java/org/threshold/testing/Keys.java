package org.threshold.testing;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * Types text the way a keyboard does, a key press for each character (with Shift for capitals),
 * so every key reaches the screen's key handlers as well as the box it is typed into.
 */
public final class Keys {
    private Keys() {
    }

    public static void type(FxRobot robot, String text) {
        for (char c : text.toCharArray()) {
            KeyCode code = code(c);
            if (Character.isUpperCase(c) || "+:?!".indexOf(c) >= 0) {
                robot.press(KeyCode.SHIFT).type(code).release(KeyCode.SHIFT);
            } else {
                robot.type(code);
            }
        }
    }

    private static KeyCode code(char c) {
        if (Character.isLetterOrDigit(c)) {
            return KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        }
        return switch (c) {
            case ' ' -> KeyCode.SPACE;
            case ',' -> KeyCode.COMMA;
            case '.' -> KeyCode.PERIOD;
            case '-' -> KeyCode.MINUS;
            case '\'' -> KeyCode.QUOTE;
            case '/', '?' -> KeyCode.SLASH;
            case ';', ':' -> KeyCode.SEMICOLON;
            case '=', '+' -> KeyCode.EQUALS;
            case '!' -> KeyCode.DIGIT1;
            default -> throw new IllegalArgumentException("No key for '" + c + "' in these tests");
        };
    }
}
