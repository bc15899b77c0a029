package org.threshold.domain.pack;

/** One answer an agency can give at a decision point. */
public record DecisionOption(String id, String label, OptionKind kind) {
}
