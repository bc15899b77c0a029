package org.threshold.domain;

/** How the room gave an answer. */
public enum ResponseSource {
    SHOW_OF_HANDS("Show of hands"),
    TABLE_DECISION("Table decision"),
    DEVICE("Device");

    private final String label;

    ResponseSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
