package org.threshold.workshop.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots free text that looks like real personal data: an NHS number, a date that could be a
 * date of birth, a UK postcode. Scenarios are fictional and the room discusses decisions, not
 * people, so such text in a note is worth a second look before it is kept.
 */
public final class PersonalDataCheck {
    /** What was found, in words for the facilitator, and the text that looked like it. */
    public record Finding(String what, String text) {
    }

    private static final Pattern TEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(0?[1-9]|[12]\\d|3[01])[/.-](0?[1-9]|1[0-2])[/.-](19|20)?\\d{2}(?!\\d)");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})\\b", Pattern.CASE_INSENSITIVE);

    private PersonalDataCheck() {
    }

    public static List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        Matcher digits = TEN_DIGITS.matcher(text);
        while (digits.find()) {
            String number = digits.group(1) + digits.group(2) + digits.group(3);
            if (isValidNhsNumber(number)) {
                findings.add(new Finding("an NHS number", digits.group()));
            }
        }
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            findings.add(new Finding("a date of birth", date.group()));
        }
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            findings.add(new Finding("a postcode", postcode.group()));
        }
        return findings;
    }

    /** A warning line for the screen, or empty when nothing was found. */
    public static String warning(String text) {
        List<Finding> findings = check(text);
        if (findings.isEmpty()) {
            return "";
        }
        Finding first = findings.get(0);
        return "\u201c" + first.text() + "\u201d looks like " + first.what()
                + ". Notes should hold no real person's details; please check before saving.";
    }

    /** The NHS number's modulus 11 check digit, so ordinary ten-digit numbers are not flagged. */
    static boolean isValidNhsNumber(String digits) {
        if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
