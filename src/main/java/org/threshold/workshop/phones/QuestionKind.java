package org.threshold.workshop.phones;

/** What a phone is asked at a step of the agenda; NONE where the room only watches. */
public enum QuestionKind {
    DECISION,
    TRUST,
    CONFIDENCE,
    MYTH,
    OPEN,
    /** "Where we stand": one stage of the journey. */
    JOURNEY,
    /** "Where we stand": each readiness statement 1 to 5, or don't know. */
    READINESS,
    NONE
}
