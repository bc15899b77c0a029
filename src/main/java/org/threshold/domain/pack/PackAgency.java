package org.threshold.domain.pack;

/** An agency a pack knows about; standard ones are the eight found at most workshops. */
public record PackAgency(String id, String name, boolean standard) {
}
