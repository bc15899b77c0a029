package org.threshold.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Choice boxes that show a value in words and are never typed into. */
public final class Converters {
    private Converters() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
