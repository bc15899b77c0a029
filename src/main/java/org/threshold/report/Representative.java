package org.threshold.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Chooses which of many free-text lines a summary quotes: the longest distinct ones, as they
 * usually carry the reasoning, the first given of equally long ones, so the same session always
 * gives the same summary. Returned in their original order.
 */
final class Representative {
    private Representative() {
    }

    /** Longer quotes are cut here in a summary; the appendix has every word. */
    static final int QUOTE_LENGTH = 120;

    /** The lines a summary shows, each cut to {@link #QUOTE_LENGTH}; all of them, whole, when complete. */
    static <T> List<String> lines(List<T> lines, Function<T, String> text, ReportDetail detail, int max) {
        if (detail == ReportDetail.COMPLETE) {
            return lines.stream().map(text).toList();
        }
        return pick(lines, text, max).stream().map(text).map(Representative::clip).toList();
    }

    static String clip(String text) {
        if (text.length() <= QUOTE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', QUOTE_LENGTH);
        if (cut <= QUOTE_LENGTH / 2) {
            // No space near the end: cut at the limit, but never between the two halves of one character.
            cut = Character.isLowSurrogate(text.charAt(QUOTE_LENGTH)) ? QUOTE_LENGTH - 1 : QUOTE_LENGTH;
        }
        return text.substring(0, cut).strip() + "\u2026";
    }

    static <T> List<T> pick(List<T> lines, Function<T, String> text, int max) {
        if (lines.size() <= max) {
            return lines;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!text.apply(lines.get(i)).isBlank()) {
                order.add(i);
            }
        }
        // Stable: of equally long lines, the one given first.
        order.sort(Comparator.comparingInt(i -> -text.apply(lines.get(i)).strip().length()));
        Set<String> seen = new HashSet<>();
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() == max) {
                break;
            }
            if (seen.add(text.apply(lines.get(i)).strip().toLowerCase(Locale.ROOT))) {
                chosen.add(i);
            }
        }
        chosen.sort(Comparator.naturalOrder());
        return chosen.stream().map(lines::get).toList();
    }
}
