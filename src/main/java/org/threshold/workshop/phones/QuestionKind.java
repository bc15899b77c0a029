package org.threshold.workshop.phones;

/** What a phone is asked at a step of the agenda; NONE where the room only watches. */
public enum QuestionKind {
    DECISION,
    TRUST,
    CONFIDENCE,
    MYTH,
    OPEN,
    NONE
}
