package org.threshold.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names made from session titles: no folder separators or "..", nothing Windows refuses
 * (reserved device names, trailing dots and spaces, <>:"|?*), and short enough for every
 * common file system once an extension is added.
 */
public final class SafeFileNames {
    /** Bytes of UTF-8 kept for the stem; 255 is the usual limit for a whole name. */
    static final int MAX_STEM_BYTES = 120;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileNames() {
    }

    /** A safe name such as "Northfield-partnership-2026-10-14.pdf"; {@code extension} without the dot, or empty. */
    public static String of(String title, String extension) {
        String stem = stem(title);
        return extension == null || extension.isEmpty() ? stem : stem + "." + extension;
    }

    static String stem(String title) {
        String text = Normalizer.normalize(Texts.xmlSafe(title == null ? "" : title), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.'
                    || cp == '(' || cp == ')';
            out.appendCodePoint(keep ? cp : '-');
        });
        String name = out.toString().replaceAll("-{2,}", "-").replaceAll("\\.{2,}", ".");
        name = name.replaceAll("^[-.]+", "").replaceAll("[-. ]+$", "");
        name = truncate(name);
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
            name = "session-" + name;
        }
        return name.isEmpty() ? "session" : name;
    }

    private static String truncate(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_STEM_BYTES) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_STEM_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString().replaceAll("[-. ]+$", "");
    }
}
