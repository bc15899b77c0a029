package org.threshold.workshop.results;

import java.util.List;
import java.util.Optional;
import org.threshold.domain.MeasurePhase;

/**
 * The trust grid after suppression.
 *
 * @param raters         row agencies (codes and labels) that may be shown, the combined row last
 * @param rated          column agencies
 * @param hiddenRatings  ratings left out because their raters were too few, even combined
 * @param meanBaseline   n-weighted mean of every shown baseline rating, or null
 */
public record TrustResults(List<AgencyLabel> raters, List<AgencyLabel> rated, List<TrustCell> cells,
                           List<Asymmetry> asymmetries, int hiddenRatings, Double meanBaseline, Double meanFollowUp) {
    public TrustResults {
        raters = List.copyOf(raters);
        rated = List.copyOf(rated);
        cells = List.copyOf(cells);
        asymmetries = List.copyOf(asymmetries);
    }

    public Optional<TrustCell> cell(String from, String to) {
        return cells.stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst();
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** People who said "don't know / no contact" in the shown cells, at the start and at the end. */
    public int dontKnow(MeasurePhase phase) {
        return cells.stream().mapToInt(c -> phase == MeasurePhase.BASELINE
                ? c.baselineDontKnow() : c.followUpDontKnow()).sum();
    }

    /** An agency as a row or column heading. */
    public record AgencyLabel(String code, String label) {
    }
}
