package org.threshold.report;

import java.util.List;

/**
 * "Where we stand" in a session summary, already analysed and suppressed. Actions and the review
 * of the last workshop's actions are free text: empty when the facilitator leaves notes out.
 *
 * @param stages     the journey's stage titles, in order
 * @param journey    a row per shown agency, the combined small agencies last, then "Everyone shown"
 * @param journeyNotCounted agencies that placed the partnership but are left out of the journey, too few even combined
 * @param discussion the agencies that place the partnership furthest apart, in a sentence; may be empty
 * @param hiddenNote why some agencies' answers are not shown, or empty
 */
public record StandSummary(String journeyQuestion, List<String> stages, List<JourneyRow> journey,
                           int journeyNotCounted, String discussion,
                           String readinessQuestion, List<StatementRow> statements, List<ActionRow> actions,
                           List<ReviewRow> reviewed, String hiddenNote, String basedOn) {
    public static final StandSummary NONE = new StandSummary("", List.of(), List.of(), 0, "", "", List.of(), List.of(),
            List.of(), "", "");

    public StandSummary {
        stages = List.copyOf(stages);
        journey = List.copyOf(journey);
        statements = List.copyOf(statements);
        actions = List.copyOf(actions);
        reviewed = List.copyOf(reviewed);
    }

    public boolean isEmpty() {
        return journey.isEmpty() && statements.isEmpty() && actions.isEmpty() && reviewed.isEmpty();
    }

    /**
     * @param counts   people per stage, in the journey's order
     * @param placedAt the stage the row places the partnership at (its median), or empty
     * @param total    true for the "Everyone shown" row
     */
    public record JourneyRow(String agency, boolean combined, boolean total, List<Integer> counts, String placedAt) {
        public JourneyRow {
            counts = List.copyOf(counts);
        }
    }

    /**
     * @param counts     people per score 1 to 5
     * @param mean       null when nobody gave a score
     * @param notCounted agencies that rated the statement but are left out of it, too few even combined
     */
    public record StatementRow(String text, String area, List<Integer> counts, int dontKnow, Double mean,
                               boolean weakest, List<AgencyRatings> agencies, int notCounted) {
        public StatementRow {
            counts = List.copyOf(counts);
            agencies = List.copyOf(agencies);
        }
    }

    /** One shown agency's own ratings of a statement: the raw answers, for the CSV export. */
    public record AgencyRatings(String agency, boolean combined, List<Integer> counts, int dontKnow) {
        public AgencyRatings {
            counts = List.copyOf(counts);
        }
    }

    /** @param due "18 December 2026", or empty */
    public record ActionRow(String statement, String action, String owner, String due) {
    }

    /** An earlier workshop's action and what became of it: "Done", "Not done", "Dropped". */
    public record ReviewRow(String fromWorkshop, String fromDate, String action, String owner, String due, String status) {
    }
}
