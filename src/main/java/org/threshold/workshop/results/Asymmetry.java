package org.threshold.workshop.results;

import org.threshold.domain.MeasurePhase;

/** A pair of agencies whose trust in each other differs: A trusts B more (or less) than B trusts A. */
public record Asymmetry(String a, String aLabel, String b, String bLabel, MeasurePhase phase,
                        double aToB, double bToA) {
    public double gap() {
        return Math.abs(aToB - bToA);
    }
}
