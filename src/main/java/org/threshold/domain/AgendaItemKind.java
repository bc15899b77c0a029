package org.threshold.domain;

/** The kinds of thing a workshop agenda holds. */
public enum AgendaItemKind {
    WELCOME("Welcome and ground rules"),
    SCENARIO("Scenario"),
    TRUST_EXERCISE("Trust grid"),
    CONFIDENCE_CHECK("Confidence check"),
    QUIZ("Myth or fact"),
    AGENCY_CARDS("What I need you to know about my agency"),
    DISCUSSION("Discussion"),
    OPEN_QUESTION("Open question"),
    WHERE_WE_STAND("Where we stand"),
    BREAK("Break"),
    CLOSE("Commitments and close");

    private final String label;

    AgendaItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
