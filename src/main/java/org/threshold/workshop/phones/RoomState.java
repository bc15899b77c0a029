package org.threshold.workshop.phones;

/** A session's phone room as saved: the join code on the projector, its generation, and whether phones are on. */
public record RoomState(String joinCode, int generation, boolean phonesOn) {
}
