package org.threshold.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the command line prints of text that came from a file (a session title in an archive, a
 * pack's title): a terminal obeys control and escape codes, so they are removed, as are the
 * invisible characters that reorder a line. Every command's output passes through {@link #guard}.
 */
final class Terminal {
    private Terminal() {
    }

    /** A value for the middle of a line: no control characters, and line breaks and tabs as spaces. */
    static String safe(String value) {
        return strip(value == null ? "" : value.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }

    /** Text without control characters other than line breaks and tabs, and without direction overrides. */
    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
            boolean reorders = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (!control && !reorders) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A stream that strips whatever is printed to it, so no command can pass a file's escape codes through. */
    static PrintStream guard(PrintStream target) {
        return new PrintStream(target, true, StandardCharsets.UTF_8) {
            @Override
            public void print(String s) {
                super.print(strip(String.valueOf(s)));
            }

            @Override
            public void print(Object o) {
                print(String.valueOf(o));
            }

            @Override
            public void print(char[] s) {
                print(new String(s));
            }

            @Override
            public void print(char c) {
                print(String.valueOf(c));
            }
        };
    }
}
