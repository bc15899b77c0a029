package org.threshold.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse errors into one plain line that names the line, the column and, where
 * it helps, the place in the pack. Facilitators edit packs by hand; they need "line 14,
 * column 3: duplicate field", not a parser's class name or a stack trace.
 */
final class JsonErrors {
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\):? ?(.*)",
            Pattern.DOTALL);
    private static final Pattern UNRECOGNISED = Pattern.compile("^Unrecognized token '(.*?)'", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '(.*?)'");

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,60}");

    private final PackLimits limits;

    JsonErrors(PackLimits limits) {
        this.limits = limits;
    }

    PackProblem describe(JsonProcessingException error, JsonParser parser) {
        String original = String.valueOf(error.getOriginalMessage());
        String path = path(parser.getParsingContext());
        if (error instanceof StreamConstraintsException) {
            // Limits trip while a value is being read: its start is the useful place.
            return new PackProblem(place(parser.currentTokenLocation()), overLimit(original, path));
        }
        JsonLocation location = error.getLocation() != null ? error.getLocation() : parser.currentLocation();
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            String within = containingObject(parser.getParsingContext());
            return new PackProblem(place(location), "duplicate field " + Places.quote(duplicate.group(1))
                    + (within.isEmpty() ? " at the top level" : " in " + within));
        }
        return new PackProblem(place(location), syntax(original) + (path.isEmpty() ? "" : " (near " + path + ")"));
    }

    private String overLimit(String original, String path) {
        String at = path.isEmpty() ? "" : " at " + path;
        if (original.contains("nesting depth")) {
            return "nested more than " + limits.maxDepth() + " levels deep";
        }
        if (original.startsWith("String value length")) {
            return "text longer than " + limits.maxStringLength() + " characters" + at;
        }
        if (original.startsWith("Name length")) {
            return "field name too long" + at;
        }
        if (original.startsWith("Number value length")) {
            return "number too long" + at;
        }
        if (original.startsWith("Document length")) {
            return "file larger than " + limits.maxBytes() + " bytes";
        }
        return "over a size limit: " + firstSentence(original);
    }

    private static String syntax(String original) {
        if (original.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete (a closing }, ] or \" is missing)";
        }
        Matcher unexpected = UNEXPECTED.matcher(original);
        if (unexpected.find()) {
            return "unexpected " + Places.quote(unexpected.group(1)) + expectation(unexpected.group(2));
        }
        Matcher unrecognised = UNRECOGNISED.matcher(original);
        if (unrecognised.find()) {
            return "unrecognised word " + Places.quote(unrecognised.group(1)) + " (text must be in double quotes)";
        }
        Matcher control = CONTROL.matcher(original);
        if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            return code == 10 ? "a line break inside text must be written as \\n"
                    : code == 9 ? "a tab inside text must be written as \\t"
                    : "control character " + code + " inside text must be escaped";
        }
        Matcher nonStandard = NON_STANDARD.matcher(original);
        if (nonStandard.find()) {
            return Places.quote(nonStandard.group(1)) + " is not a JSON value";
        }
        return "not valid JSON: " + firstSentence(original);
    }

    private static String expectation(String jackson) {
        if (jackson.contains("double-quote to start field name")) {
            return ": expected a field name in double quotes (is there a comma too many?)";
        }
        if (jackson.contains("comma to separate Object entries")) {
            return ": expected a comma or } after a field";
        }
        if (jackson.contains("comma to separate Array entries")) {
            return ": expected a comma or ] after a list item";
        }
        if (jackson.contains("colon to separate field name and value")) {
            return ": expected \":\" after a field name";
        }
        if (jackson.contains("expected a valid value")) {
            return ": expected a value (text in double quotes, a number, true, false, a list or an object)";
        }
        return "";
    }

    private static String firstSentence(String message) {
        String line = message.lines().findFirst().orElse("");
        int end = line.indexOf(". ");
        return Places.quote(end < 0 ? line : line.substring(0, end)).replaceAll("^\"|\"$", "");
    }

    private static String place(JsonLocation location) {
        return Places.line(location.getLineNr(), location.getColumnNr());
    }

    /** The pack place the parser was at, e.g. {@code scenarios[0].stages[1].text}. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                String name = c.getCurrentName();
                parts.push("." + (SIMPLE_NAME.matcher(name).matches() ? name : Places.quote(name)));
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static String containingObject(JsonStreamContext context) {
        return context == null || context.inRoot() ? "" : path(context.getParent());
    }
}
