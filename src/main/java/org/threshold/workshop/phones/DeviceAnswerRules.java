package org.threshold.workshop.phones;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Moderation;
import org.threshold.workshop.phones.AnswerRefused.Reason;
import org.threshold.workshop.phones.RoomQuestion.Choice;

/**
 * Checks an answer from a phone against the question it answers and turns it into the rows to
 * store. Anything not in the question (an option, an agency, a score outside 1-5, a field the
 * question does not ask for, text over the cap) is refused with one plain sentence.
 */
final class DeviceAnswerRules {
    static final String MYTH = "myth";
    static final String FACT = "fact";
    static final String DONT_KNOW = "dont-know";

    private DeviceAnswerRules() {
    }

    static List<DeviceAnswer> parts(RoomQuestion question, String device, String agency, AnswerInput in) {
        return switch (question.kind()) {
            case DECISION -> List.of(decision(question, device, agency, in));
            case MYTH, JOURNEY -> {
                only(in.withWhom() == null && in.basis() == null && in.confidence() == null && in.reason() == null
                        && in.scores() == null && in.text() == null);
                yield List.of(single(question, device, agency, chosen(question, in.option()), ""));
            }
            case OPEN -> {
                only(in.option() == null && in.withWhom() == null && in.basis() == null && in.confidence() == null
                        && in.reason() == null && in.scores() == null);
                String text = text(in.text());
                if (text.isEmpty()) {
                    throw invalid("Please write an answer before sending it.");
                }
                yield List.of(single(question, device, agency, "", text));
            }
            case TRUST, CONFIDENCE, READINESS -> scores(question, device, agency, in);
            case NONE -> throw new AnswerRefused(Reason.NOT_CURRENT, "There is nothing to answer just now.");
        };
    }

    private static DeviceAnswer decision(RoomQuestion question, String device, String agency, AnswerInput in) {
        only(in.scores() == null && in.text() == null);
        String option = chosen(question, in.option());
        String withWhom = optional(in.withWhom(), question.withWhom(), "That agency is not one this question asks about.");
        String basis = optional(in.basis(), question.bases(), "That basis is not one this question offers.");
        int confidence = in.confidence() == null ? 0 : in.confidence();
        if (in.confidence() != null && (confidence < 1 || confidence > 5)) {
            throw invalid("Confidence is from 1 to 5.");
        }
        return new DeviceAnswer(question.key(), device, agency, "", option, withWhom, basis, confidence, text(in.reason()),
                Moderation.PENDING, null);
    }

    private static List<DeviceAnswer> scores(RoomQuestion question, String device, String agency, AnswerInput in) {
        only(in.option() == null && in.withWhom() == null && in.basis() == null && in.confidence() == null
                && in.reason() == null && in.text() == null);
        if (in.scores() == null || in.scores().isEmpty()) {
            throw invalid("Please give at least one score before sending.");
        }
        Set<String> parts = question.parts().stream().map(Choice::id).collect(Collectors.toSet());
        List<DeviceAnswer> rows = new ArrayList<>();
        for (Map.Entry<String, String> score : new TreeMap<>(in.scores()).entrySet()) {
            if (!parts.contains(score.getKey())) {
                throw invalid(question.kind() == QuestionKind.READINESS
                        ? "One of the scores is for a statement this question does not list."
                        : "One of the scores is for something this question does not ask about.");
            }
            if (question.kind() == QuestionKind.TRUST && score.getKey().equals(agency)) {
                throw invalid("Your agency does not rate itself.");
            }
            String value = score.getValue();
            boolean dontKnow = question.kind() != QuestionKind.CONFIDENCE && DONT_KNOW.equals(value);
            if (!dontKnow && !(value != null && value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5')) {
                throw invalid("Scores are from 1 to 5.");
            }
            rows.add(new DeviceAnswer(question.key(), device, agency, score.getKey(), value, "", "", 0, "",
                    Moderation.PENDING, null));
        }
        return rows;
    }

    private static DeviceAnswer single(RoomQuestion question, String device, String agency, String value, String text) {
        return new DeviceAnswer(question.key(), device, agency, "", value, "", "", 0, text, Moderation.PENDING, null);
    }

    private static String chosen(RoomQuestion question, String option) {
        if (option == null || question.option(option).isEmpty()) {
            throw invalid(question.kind() == QuestionKind.JOURNEY ? "Please pick one of the stages shown."
                    : "Please pick one of the answers shown.");
        }
        return option;
    }

    private static String optional(String value, List<Choice> allowed, String refusal) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (allowed.stream().noneMatch(c -> c.id().equals(value))) {
            throw invalid(refusal);
        }
        return value;
    }

    /**
     * Free text as it may be stored: line breaks and other control characters become spaces, and
     * it must fit the cap. It is stored as typed otherwise; every screen and export escapes it.
     */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        String text = clean.toString().strip();
        if (text.codePointCount(0, text.length()) > RoomQuestion.MAX_TEXT) {
            throw invalid("Please keep it to " + RoomQuestion.MAX_TEXT + " characters.");
        }
        return text;
    }

    private static void only(boolean fieldsFitTheQuestion) {
        if (!fieldsFitTheQuestion) {
            throw new AnswerRefused(Reason.MALFORMED, "That answer has parts this question does not ask for.");
        }
    }

    private static AnswerRefused invalid(String message) {
        return new AnswerRefused(Reason.INVALID, message);
    }
}
