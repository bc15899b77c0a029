package org.threshold.report;

import java.util.List;
import java.util.Locale;
import org.threshold.domain.pack.OptionKind;

/** Words and numbers as the summaries write them, and text made safe for XML-based formats. */
public final class Texts {
    private Texts() {
    }

    /** A threshold chart's word for an agency tied between kinds of answer. */
    public static final String SPLIT = "Split";

    /**
     * The one word for each kind of answer, on the projector and in every export: the room must
     * never read "Not yet" on the screen and "Withhold" in the summary for the same thing.
     */
    public static String kind(OptionKind kind) {
        if (kind == null) {
            return "Unknown";
        }
        return switch (kind) {
            case SHARE -> "Share";
            case WITHHOLD -> "Withhold";
            case SEEK_ADVICE -> "Seek advice";
            case SEEK_CONSENT -> "Seek consent";
        };
    }

    public static ReportDocument.Tone tone(OptionKind kind) {
        if (kind == null) {
            return ReportDocument.Tone.UNKNOWN;
        }
        return switch (kind) {
            case SHARE -> ReportDocument.Tone.SHARE;
            case WITHHOLD -> ReportDocument.Tone.WITHHOLD;
            case SEEK_ADVICE -> ReportDocument.Tone.SEEK_ADVICE;
            case SEEK_CONSENT -> ReportDocument.Tone.SEEK_CONSENT;
        };
    }

    /** One decimal place, or an en dash when there is nothing to show. */
    public static String one(Double value) {
        return value == null ? "\u2013" : String.format(Locale.UK, "%.1f", value);
    }

    /** A change with its sign and an arrow, so it never depends on colour: "▲ +0.5". */
    public static String change(Double value) {
        if (value == null) {
            return "\u2013";
        }
        if (Math.abs(value) < 0.05) {
            return "= 0.0";
        }
        return (value > 0 ? "\u25B2 +" : "\u25BC \u2212") + String.format(Locale.UK, "%.1f", Math.abs(value));
    }

    public static ReportDocument.Tone changeTone(Double value) {
        if (value == null || Math.abs(value) < 0.05) {
            return ReportDocument.Tone.NEUTRAL;
        }
        return value > 0 ? ReportDocument.Tone.UP : ReportDocument.Tone.DOWN;
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static String joinAnd(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /**
     * Removes what XML 1.0 cannot hold (control characters other than tab and line breaks,
     * unpaired surrogates, U+FFFE/U+FFFF): HTML parsed as XHTML, the PDF and the Word file
     * would otherwise fail on them. Everything else, emoji and right-to-left text included, stays.
     */
    public static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
