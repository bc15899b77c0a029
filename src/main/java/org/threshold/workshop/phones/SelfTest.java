package org.threshold.workshop.phones;

/** What the self-test found when it opened the phone page through the chosen address, in words for the facilitator. */
public record SelfTest(boolean reachable, String message) {
}
