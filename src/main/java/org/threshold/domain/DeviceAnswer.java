package org.threshold.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One participant's own answer, given on their phone, to the question the room is on. Keyed by
 * (question, device, part): answering again replaces the answer, so each device counts once.
 *
 * @param device     an opaque pseudonym of the phone (a digest of its token, never the token itself);
 *                   never shown or exported, it only tells answers from one phone apart from another's
 * @param part       which part of a many-part question: the agency rated in a trust row, the
 *                   statement in a confidence check, the statement in myth-or-fact; empty otherwise
 * @param value      the option id, the score 1-5, "myth" or "fact"; empty for open text
 * @param confidence 1-5, or 0 when not given
 * @param text       the short reason at a decision, or the open-question answer
 */
public record DeviceAnswer(
        DecisionKey key,
        String device,
        String agencyCode,
        String part,
        String value,
        String withWhom,
        String basis,
        int confidence,
        String text,
        Moderation moderation,
        Instant recordedAt) {

    public DeviceAnswer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(agencyCode, "agencyCode");
        part = part == null ? "" : part;
        value = value == null ? "" : value;
        withWhom = withWhom == null ? "" : withWhom;
        basis = basis == null ? "" : basis;
        text = text == null ? "" : text;
        moderation = moderation == null ? Moderation.PENDING : moderation;
        if (confidence < 0 || confidence > 5) {
            throw new IllegalArgumentException("Confidence is from 1 to 5");
        }
    }
}
