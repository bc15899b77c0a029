package org.threshold.domain.pack;

/** One answer to a legal question of a decision (a basis, a condition, a justification or a gateway), with its source. */
public record LawfulBasis(String id, String label, String reference) {
}
