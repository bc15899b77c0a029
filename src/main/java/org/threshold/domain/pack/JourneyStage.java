package org.threshold.domain.pack;

/** One stage of the information-sharing journey a partnership places itself on. */
public record JourneyStage(String id, String title, String description) {
}
