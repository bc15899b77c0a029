package org.threshold.domain.pack;

/** An "on what basis" choice offered at every decision, with the reference that grounds it. */
public record LawfulBasis(String id, String label, String reference) {
}
