package org.threshold.workshop.phones;

import java.util.Map;

/**
 * An answer as a phone sent it, before any check. Which fields belong depends on the question:
 * a decision has an option and may have with whom, basis, confidence and reason; myth-or-fact
 * has an option; a trust row or confidence check has scores by part; an open question has text.
 *
 * @param question the id of the question answered, as {@link RoomQuestion#id()} gave it
 * @param scores   part id to "1".."5", or to "dont-know" in the trust grid
 */
public record AnswerInput(String question, String option, String withWhom, String basis, Integer confidence,
                          String reason, Map<String, String> scores, String text) {
    public AnswerInput {
        scores = scores == null ? null : Map.copyOf(scores);
    }
}
