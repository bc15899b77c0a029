package org.threshold.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Where we stand" as CSV: each shown agency's own answers (small agencies combined or left out,
 * as everywhere), the room's figures per statement, the actions, and the last workshop's reviewed.
 */
final class StandCsv {
    /** The same column, and the same meaning, as in myths.csv and confidence.csv. */
    private static final String NOT_COUNTED = "agencies_not_counted";

    private StandCsv() {
    }

    static void tables(StandSummary stand, Map<String, SummaryCsv.Table> tables) {
        List<List<String>> journey = new ArrayList<>();
        for (StandSummary.JourneyRow row : stand.journey()) {
            if (row.total()) {
                continue;
            }
            for (int s = 0; s < stand.stages().size(); s++) {
                journey.add(CsvText.row(row.agency(), row.combined() ? "yes" : "no", s + 1, stand.stages().get(s),
                        row.counts().get(s), stand.journeyNotCounted()));
            }
        }
        tables.put("stand-journey.csv", new SummaryCsv.Table(List.of("agency", "combined", "stage_number", "stage",
                "people", NOT_COUNTED), journey));
        List<List<String>> ratings = new ArrayList<>();
        List<List<String>> statements = new ArrayList<>();
        for (StandSummary.StatementRow row : stand.statements()) {
            for (StandSummary.AgencyRatings agency : row.agencies()) {
                for (int score = 1; score <= 5; score++) {
                    ratings.add(CsvText.row(row.text(), row.area(), agency.agency(), agency.combined() ? "yes" : "no",
                            String.valueOf(score), agency.counts().get(score - 1)));
                }
                ratings.add(CsvText.row(row.text(), row.area(), agency.agency(), agency.combined() ? "yes" : "no",
                        "dont_know", agency.dontKnow()));
            }
            statements.add(CsvText.row(row.text(), row.area(), row.mean(), row.counts().stream().mapToInt(i -> i).sum(),
                    row.dontKnow(), row.weakest() ? "yes" : "no", row.notCounted()));
        }
        tables.put("stand-readiness.csv", new SummaryCsv.Table(List.of("statement", "area", "agency", "combined", "score",
                "people"), ratings));
        tables.put("stand-statements.csv", new SummaryCsv.Table(List.of("statement", "area", "mean", "n_scored",
                "dont_know", "weakest", NOT_COUNTED), statements));
        tables.put("stand-actions.csv", new SummaryCsv.Table(List.of("statement", "action", "owner", "due"),
                stand.actions().stream().map(a -> CsvText.row(a.statement(), a.action(), a.owner(), a.due())).toList()));
        tables.put("stand-reviewed.csv", new SummaryCsv.Table(List.of("from_workshop", "from_date", "action", "owner",
                "due", "status"), stand.reviewed().stream().map(r -> CsvText.row(r.fromWorkshop(), r.fromDate(), r.action(),
                r.owner(), r.due(), r.status())).toList()));
    }

    static List<List<String>> dictionary() {
        return List.of(
                List.of("stand-journey.csv", "agency", "Agency name, or 'Other agencies (combined)'"),
                List.of("stand-journey.csv", "combined", "yes when the row combines agencies too small to show alone"),
                List.of("stand-journey.csv", "stage_number", "The stage's place on the information-sharing journey, from 1"),
                List.of("stand-journey.csv", "stage", "The stage's title"),
                List.of("stand-journey.csv", "people", "People who placed the partnership at this stage (a table decision "
                        + "counts as the agency's headcount; each phone is one person)"),
                List.of("stand-journey.csv", NOT_COUNTED, "Agencies too small to show, left out of the journey's "
                        + "figures (the same on every row)"),
                List.of("stand-readiness.csv", "statement", "The readiness statement"),
                List.of("stand-readiness.csv", "area", "practice, technology or governance; empty when the pack gives none"),
                List.of("stand-readiness.csv", "agency", "Agency name, or 'Other agencies (combined)'"),
                List.of("stand-readiness.csv", "combined", "yes when the row combines agencies too small to show alone"),
                List.of("stand-readiness.csv", "score", "1 (not in place) to 5 (in place, and we can show it), or dont_know"),
                List.of("stand-readiness.csv", "people", "People who gave this score (a table decision counts as the "
                        + "agency's headcount; each phone is one person)"),
                List.of("stand-statements.csv", "statement", "The readiness statement"),
                List.of("stand-statements.csv", "area", "practice, technology or governance; empty when the pack gives none"),
                List.of("stand-statements.csv", "mean", "Mean score 1-5 of the agencies shown; don't know left out; "
                        + "empty when nobody gave a score"),
                List.of("stand-statements.csv", "n_scored", "People who gave a score, in the agencies shown"),
                List.of("stand-statements.csv", "dont_know", "People who said they did not know, in the agencies shown"),
                List.of("stand-statements.csv", "weakest", "yes for the statements with the lowest means, which the room "
                        + "was shown as the weakest"),
                List.of("stand-statements.csv", NOT_COUNTED, "Agencies too small to show, left out of this row's "
                        + "figures"),
                List.of("stand-actions.csv", "statement", "The readiness statement the action answers"),
                List.of("stand-actions.csv", "action", "The action agreed; empty file when notes were left out"),
                List.of("stand-actions.csv", "owner", "The agency that owns it, if any"),
                List.of("stand-actions.csv", "due", "The date it is due, e.g. 18 December 2026; empty if none"),
                List.of("stand-reviewed.csv", "from_workshop", "The earlier workshop of the same partnership"),
                List.of("stand-reviewed.csv", "from_date", "When that workshop was held"),
                List.of("stand-reviewed.csv", "action", "An action agreed there; empty file when notes were left out"),
                List.of("stand-reviewed.csv", "owner", "The agency that owned it, if any"),
                List.of("stand-reviewed.csv", "due", "The date it was due; empty if none"),
                List.of("stand-reviewed.csv", "status", "What became of it, as reported when planning this workshop: "
                        + "Done, Not done or Dropped"));
    }
}
