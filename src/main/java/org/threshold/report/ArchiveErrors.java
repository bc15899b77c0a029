package org.threshold.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An archive's JSON problem in plain words with its place ({@code responses[3].count}, or the
 * line and column when the JSON itself is broken): never a class name, and never a value taken
 * from the file, which may be someone's note.
 */
final class ArchiveErrors {
    private ArchiveErrors() {
    }

    static String describe(JsonProcessingException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("No content to map due to end-of-input")) {
            return "the file is empty";
        }
        if (endsPartWay(e)) {
            return "the file ends part way through, so it may have been cut short while it was copied";
        }
        String place = place(e);
        if (e instanceof StreamConstraintsException) {
            return place + ": too large (a text longer than any archive holds, or nested too deeply)";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return place + ": unknown field \u201c" + plainName(unknown.getPropertyName()) + "\u201d";
        }
        if (e instanceof ValueInstantiationException made) {
            return place + ": " + invalid(made.getCause());
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> type = ((MismatchedInputException) e).getTargetType();
            return place + ": " + (missing(e) ? "missing" : "expected " + expected(type));
        }
        if (e instanceof JsonParseException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            return place + ": a field is given twice";
        }
        if (e instanceof JsonMappingException) {
            return place + ": not what a session archive holds there";
        }
        return place + ": not valid JSON";
    }

    /** Jackson reports the end of a cut-short file inside a value as that value's problem, with the end as its cause. */
    private static boolean endsPartWay(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException) {
                return true;
            }
        }
        return false;
    }

    /** Why the file itself could not be read, in words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it is no longer there";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "the disk reported an error";
    }

    private static boolean missing(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return message.startsWith("Missing creator property") || message.startsWith("Missing required creator property")
                || message.startsWith("Cannot map `null`");
    }

    /** The rule a record broke, from its own check: "missing agencyCode", "a count cannot be negative". */
    private static String invalid(Throwable cause) {
        if (cause instanceof NullPointerException && cause.getMessage() != null
                && cause.getMessage().matches("[A-Za-z]+")) {
            return "missing " + cause.getMessage();
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            String message = cause.getMessage();
            return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
        }
        return "a value is missing or out of range";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        if (type == Instant.class) {
            return "a date and time such as \u201c2026-03-12T09:30:00Z\u201d";
        }
        if (type == LocalDate.class) {
            return "a date such as \u201c2026-03-12\u201d";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> "\u201c" + c + "\u201d")
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String place(JsonProcessingException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                path.append(ref.getFieldName() != null ? "." + plainName(ref.getFieldName()) : "[" + ref.getIndex() + "]");
            }
        }
        if (path.length() > 0) {
            return path.substring(path.charAt(0) == '.' ? 1 : 0);
        }
        JsonLocation at = e.getLocation();
        return at == null ? "the file" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** A field name from the file, kept only when it looks like one of ours, so no text of the file is echoed. */
    private static String plainName(String name) {
        return name != null && name.matches("[A-Za-z][A-Za-z0-9]{0,40}") ? name : "?";
    }
}
