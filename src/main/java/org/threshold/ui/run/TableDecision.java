package org.threshold.ui.run;

/** What a table decided at a decision point, and why. */
public record TableDecision(String optionId, String withWhom, String basis, int confidence, String rationale) {
}
