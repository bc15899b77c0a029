package org.threshold.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One JSON object of a pack, read field by field. Every wrong type, missing field and unknown
 * field becomes a problem at its place; the getters then return a harmless placeholder so the
 * reader can carry on and report everything in one pass (the pack is discarded if anything
 * was wrong, so the placeholders never escape).
 */
final class Fields {
    private final JsonNode node;
    private final String place;
    private final Problems problems;

    private Fields(JsonNode node, String place, Problems problems) {
        this.node = node;
        this.place = place;
        this.problems = problems;
    }

    /** Opens {@code node} as an object that may hold only the {@code allowed} fields. */
    static Optional<Fields> open(JsonNode node, String place, Problems problems, Set<String> allowed) {
        if (!node.isObject()) {
            problems.add(place, "expected an object ({ ... }), found " + describe(node));
            return Optional.empty();
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(place, "unknown field " + Places.quote(name) + suggestion(name, allowed));
            }
        }
        return Optional.of(new Fields(node, place, problems));
    }

    String place(String field) {
        return Places.field(place, field);
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** A required text field; "" when missing or not text. */
    String text(String field) {
        return present(field).map(value -> asText(value, place(field))).orElse("");
    }

    /** An optional text field; "" when absent. */
    String optionalText(String field) {
        return has(field) ? asText(node.get(field), place(field)) : "";
    }

    /** A required text field that must be one of {@code choices}; "" when it is not. */
    String choice(String field, List<String> choices) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return "";
        }
        if (!value.get().isTextual() || !choices.contains(value.get().textValue())) {
            problems.add(place(field), "expected one of " + String.join(", ", choices.stream().map(Places::quote).toList())
                    + "; found " + describe(value.get()));
            return "";
        }
        return value.get().textValue();
    }

    /** An optional date written as 2026-11-20; null when absent or not such a date (a problem then). */
    LocalDate optionalDate(String field) {
        if (!has(field)) {
            return null;
        }
        if (!node.get(field).isTextual()) {
            asText(node.get(field), place(field));
            return null;
        }
        String text = node.get(field).textValue();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(place(field), "expected a date written year-month-day, e.g. \"2026-11-20\"; found "
                    + Places.quote(text));
            return null;
        }
    }

    /**
     * An optional object whose fields are named from {@code names}, each a list of text, e.g.
     * {@code {"article-6": ["public-task"]}}; in the order written. Absent is empty.
     */
    Map<String, List<String>> textLists(String field, List<String> names) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        if (!has(field)) {
            return lists;
        }
        open(node.get(field), place(field), problems, Set.copyOf(names)).ifPresent(inner -> {
            Iterator<String> keys = node.get(field).fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (names.contains(key)) {
                    lists.put(key, inner.texts(key, true));
                }
            }
        });
        return lists;
    }

    /** A required whole number. */
    int integer(String field) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return 0;
        }
        if (!value.get().isIntegralNumber() || !value.get().canConvertToInt()) {
            problems.add(place(field), "expected a whole number, found " + describe(value.get()));
            return 0;
        }
        return value.get().intValue();
    }

    /** An optional true/false field. */
    boolean optionalBoolean(String field, boolean absent) {
        if (!has(field)) {
            return absent;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            problems.add(place(field), "expected true or false, found " + describe(value));
            return absent;
        }
        return value.booleanValue();
    }

    /** A list of text; an optional list that is absent is empty. */
    List<String> texts(String field, boolean required) {
        return list(field, required, (item, itemPlace) -> asText(item, itemPlace));
    }

    /**
     * A list of values, each read by {@code reader} with its own place; items that could not be
     * read (the reader returns null) are left out, their problems already recorded.
     */
    <T> List<T> list(String field, boolean required, BiFunction<JsonNode, String, T> reader) {
        if (!required && !has(field)) {
            return List.of();
        }
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            problems.add(place(field), "expected a list ([ ... ]), found " + describe(value.get()));
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.get().size(); i++) {
            T item = reader.apply(value.get().get(i), Places.index(place(field), i));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** A required object field that may hold only the {@code allowed} fields. */
    Optional<Fields> object(String field, Set<String> allowed) {
        return present(field).flatMap(value -> open(value, place(field), problems, allowed));
    }

    private Optional<JsonNode> present(String field) {
        if (!has(field)) {
            problems.add(place(field), "missing");
            return Optional.empty();
        }
        return Optional.of(node.get(field));
    }

    private String asText(JsonNode value, String valuePlace) {
        if (!value.isTextual()) {
            problems.add(valuePlace, "expected text in double quotes, found " + describe(value));
            return "";
        }
        String text = value.textValue();
        if (!wholeCharacters(text)) {
            // A \\uD800 escape with no partner would be saved, and shown, as "?".
            problems.add(valuePlace, "holds half a character (a \\u escape of a lone surrogate); write the whole"
                    + " character, or leave it out");
            return "";
        }
        return text;
    }

    private static boolean wholeCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static String describe(JsonNode value) {
        switch (value.getNodeType()) {
            case OBJECT: return "an object";
            case ARRAY: return "a list";
            case STRING: return "text " + Places.quote(value.textValue());
            case NUMBER: return "the number " + value.asText();
            case BOOLEAN: return value.asText();
            case NULL: return "null (leave an optional field out instead)";
            default: return "an unexpected value";
        }
    }

    /** A hint for the commonest slip, a near-miss spelling of a real field name. */
    private static String suggestion(String name, Set<String> allowed) {
        return allowed.stream()
                .filter(candidate -> candidate.equalsIgnoreCase(name) || distance(candidate, name) <= 2)
                .min((a, b) -> Integer.compare(distance(a, name), distance(b, name)))
                .map(candidate -> " (did you mean " + Places.quote(candidate) + "?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || b.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
