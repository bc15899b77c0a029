package org.threshold.domain.pack;

/** The question and scale of the agency-by-agency trust grid. */
public record TrustGridSettings(String question, int scaleMin, int scaleMax, String lowLabel, String highLabel) {
}
