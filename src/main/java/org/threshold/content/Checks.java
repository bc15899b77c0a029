package org.threshold.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The small checks every part of a pack shares: ids, plain text, citations, counts, urls. */
final class Checks {
    static final int MAX_ID_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /**
     * What a browser would take for markup: a tag that is bare ({@code <b>}, {@code </p>}), runs
     * straight into a slash ({@code <br/>}, {@code <svg/onload=...>}) or carries an attribute's
     * {@code =} or a closing {@code />}; a comment, doctype or CDATA section; a processing
     * instruction. Plain text that merely uses the signs, as in {@code a<b and c>d} or
     * {@code <<Insert name>>}, is not.
     */
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:/?[a-zA-Z][a-zA-Z0-9-]*(?:[/>]|\\s[^<>]*=[^<>]*>|\\s[^<>]*/>)|!(?:--|\\[CDATA\\[|[a-zA-Z])|\\?[a-zA-Z])");

    private final Problems problems;

    Checks(Problems problems) {
        this.problems = problems;
    }

    void add(String place, String message) {
        problems.add(place, message);
    }

    /** Checks each item's id and that no two items of the list share one. */
    <T> void ids(String listPlace, List<T> items, Function<T, String> idOf) {
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String place = Places.field(Places.index(listPlace, i), "id");
            String id = orEmpty(idOf.apply(items.get(i)));
            if (id(place, id)) {
                Integer earlier = firstUse.putIfAbsent(id, i);
                if (earlier != null) {
                    add(place, Places.quote(id) + " is already used by " + Places.index(listPlace, earlier));
                }
            }
        }
    }

    /** True when {@code id} is well formed; otherwise records why not. */
    boolean id(String place, String id) {
        if (orEmpty(id).isEmpty()) {
            add(place, "missing");
            return false;
        }
        if (id.length() > MAX_ID_LENGTH) {
            add(place, "longer than " + MAX_ID_LENGTH + " characters");
            return false;
        }
        if (!ID.matcher(id).matches()) {
            add(place, Places.quote(id) + " is not a valid id: use lower-case letters, digits and single hyphens,"
                    + " e.g. \"adult-social-care\"");
            return false;
        }
        return true;
    }

    /** Text the pack must supply: present, not blank, plain. */
    void required(String place, String text) {
        if (orEmpty(text).isBlank()) {
            add(place, "missing");
        } else {
            plain(place, text);
        }
    }

    /** Text the pack may leave out; when given it must be plain. */
    void optional(String place, String text) {
        if (!orEmpty(text).isEmpty()) {
            plain(place, text);
        }
    }

    private void plain(String place, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHiddenControl(c)) {
                add(place, String.format("contains the control character U+%04X; pack text is plain text", (int) c));
                return;
            }
        }
        Matcher tag = HTML_TAG.matcher(text);
        if (tag.find()) {
            add(place, "looks like HTML (" + Places.quote(tag.group()) + "); pack text is plain text");
        }
    }

    /**
     * Control characters and bidirectional overrides would show nothing, or reorder words, on
     * the projector; line breaks and tabs are the only ones a writer means.
     */
    static boolean isHiddenControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** Each id cited in {@code ids} names one of {@code known}, and none is cited twice. */
    void cites(String listPlace, List<String> ids, Set<String> known, String what, String where) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String place = Places.index(listPlace, i);
            String id = orEmpty(ids.get(i));
            if (cite(place, id, known, what, where) && !seen.add(id)) {
                add(place, Places.quote(id) + " is listed twice");
            }
        }
    }

    /** True when {@code id} names one of {@code known}; otherwise records the unknown id. */
    boolean cite(String place, String id, Set<String> known, String what, String where) {
        if (orEmpty(id).isEmpty()) {
            add(place, "missing");
            return false;
        }
        if (!known.contains(id)) {
            add(place, "unknown " + what + " " + Places.quote(id) + " (not in " + where + ")");
            return false;
        }
        return true;
    }

    /** A list whose length must lie in {@code min..max}; reported at its owner, e.g. the scenario. */
    void count(String ownerPlace, String owner, int size, int min, int max, String singular, String plural) {
        if (size >= min && size <= max) {
            return;
        }
        String found = size == 0 ? "no " + plural : "has " + size + " " + (size == 1 ? singular : plural);
        String needed = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
        add(ownerPlace, found + "; " + owner + " needs " + needed);
    }

    void oneOf(String place, String value, List<String> allowed) {
        if (orEmpty(value).isEmpty()) {
            add(place, "missing");
        } else if (!allowed.contains(value)) {
            add(place, "expected one of " + String.join(", ", allowed.stream().map(Places::quote).toList())
                    + "; found " + Places.quote(value));
        }
    }

    /** Only https links: a pack is shown on shared projectors and followed on work laptops. */
    void httpsUrl(String place, String url) {
        if (orEmpty(url).isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme())) {
                add(place, Places.quote(url) + " is not an https:// address");
            } else if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                add(place, Places.quote(url) + " is not a web address with a host name");
            }
        } catch (URISyntaxException e) {
            add(place, Places.quote(url) + " is not a valid web address");
        }
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
