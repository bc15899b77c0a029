package org.threshold.workshop.stand;

import java.util.List;
import java.util.Optional;

/**
 * Where each agency places the partnership on the journey, after small-number suppression.
 *
 * @param stages        the journey's stage titles, in order
 * @param rows          shown agencies in the session's order, the combined small agencies last
 * @param room          people per stage over the shown rows only: a total with a hidden agency in it
 *                      would give that agency's answers away by subtraction
 * @param roomStage     the median stage of the shown rows, or -1 when nobody answered
 * @param hiddenAgencies agencies left out because they were too few, even combined
 */
public record JourneySpread(List<String> stages, List<Row> rows, List<Integer> room, int roomStage,
                            int hiddenAgencies) {
    public JourneySpread {
        stages = List.copyOf(stages);
        rows = List.copyOf(rows);
        room = List.copyOf(room);
    }

    /**
     * One agency's placements (or the combined small agencies').
     *
     * @param counts people per stage, in the journey's order
     * @param stage  the median stage, from 0: where the agency as a whole places the partnership
     */
    public record Row(String code, String label, boolean combined, List<Integer> counts, int stage) {
        public Row {
            counts = List.copyOf(counts);
        }

        public int people() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The two agencies furthest apart: the discussion the room should have. */
    public record Disagreement(Row ahead, Row behind) {
        public int gap() {
            return ahead.stage() - behind.stage();
        }
    }

    /**
     * "Police place us at Sharing in practice; Health at Scoping." The sentence the room, and the
     * summary, reads; empty when fewer than two agencies are shown.
     */
    public String disagreement() {
        Optional<Disagreement> apart = furthestApart();
        if (apart.isEmpty()) {
            return rows.stream().filter(r -> !r.combined()).count() > 1
                    ? "Every agency shown places us at the same stage." : "";
        }
        Row ahead = apart.get().ahead();
        Row behind = apart.get().behind();
        return ahead.label() + " place us at " + stages.get(ahead.stage()) + "; " + behind.label() + " at "
                + stages.get(behind.stage()) + ".";
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The named agencies that place the partnership furthest apart, when they differ by a stage or more. */
    public Optional<Disagreement> furthestApart() {
        List<Row> named = rows.stream().filter(r -> !r.combined()).toList();
        if (named.size() < 2) {
            return Optional.empty();
        }
        Row ahead = named.get(0);
        Row behind = named.get(0);
        for (Row row : named) {
            if (row.stage() > ahead.stage()) {
                ahead = row;
            }
            if (row.stage() < behind.stage()) {
                behind = row;
            }
        }
        return ahead.stage() > behind.stage() ? Optional.of(new Disagreement(ahead, behind)) : Optional.empty();
    }
}
