package org.threshold.workshop.phones;

/** How many of an agency's people have joined on their phones, and how many of them answered the question on now. */
public record AgencyCount(String code, String name, int joined, int answered) {
}
