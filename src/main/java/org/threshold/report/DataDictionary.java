package org.threshold.report;

import java.util.List;

/** What each column of the CSV export means, written beside the data as data-dictionary.csv. */
final class DataDictionary {
    private DataDictionary() {
    }

    static List<List<String>> rows() {
        List<List<String>> rows = new java.util.ArrayList<>(summaryRows());
        rows.addAll(StandCsv.dictionary());
        return rows;
    }

    private static List<List<String>> summaryRows() {
        return List.of(
                List.of("(all)", "(all)", "UTF-8 with a byte-order mark, RFC 4180 quoting. Text that would start with = + - @ "
                        + "or a tab has a leading apostrophe so spreadsheets do not run it as a formula. Agencies with fewer "
                        + "people than the session's anonymity threshold appear only as 'Other agencies (combined)' or not at "
                        + "all, and an agency not shown is left out of every count, total and mean, as on the projector."),
                List.of("agenda.csv", "position", "Order of the item on the day, from 1"),
                List.of("agenda.csv", "item", "The item's title"),
                List.of("agenda.csv", "kind", "What sort of item it was (scenario, trust grid, break...)"),
                List.of("agenda.csv", "planned_minutes", "Minutes planned for the item"),
                List.of("agenda.csv", "started", "Local clock time the item was first opened, HH:mm; empty if not run"),
                List.of("agenda.csv", "ended", "Local clock time the facilitator moved on, HH:mm"),
                List.of("agenda.csv", "actual_minutes", "Minutes from start to end, rounded"),
                List.of("responses.csv", "scenario", "Scenario title"),
                List.of("responses.csv", "stage", "Stage number within the scenario, from 1"),
                List.of("responses.csv", "stage_title", "Stage title"),
                List.of("responses.csv", "agency", "Agency name, or 'Other agencies (combined)'"),
                List.of("responses.csv", "combined", "yes when the row combines agencies too small to show alone"),
                List.of("responses.csv", "option", "The answer option"),
                List.of("responses.csv", "option_kind", "Share, Withhold, Seek advice or Seek consent"),
                List.of("responses.csv", "count", "People choosing the option (a table decision counts as the table's headcount)"),
                List.of("table-decisions.csv", "scenario", "Scenario title; one row per table decision of an agency shown on its own"),
                List.of("table-decisions.csv", "stage", "Stage number within the scenario, from 1"),
                List.of("table-decisions.csv", "agency", "The agency whose table decided"),
                List.of("table-decisions.csv", "option", "The answer option the table chose"),
                List.of("table-decisions.csv", "with_whom", "The agency it would share with, if it named one"),
                List.of("table-decisions.csv", "article_6", "The lawful basis chosen (UK GDPR Article 6, or DPA 2018 Part 3)"),
                List.of("table-decisions.csv", "special_category", "The special category condition chosen (Article 9 with "
                        + "DPA 2018 Schedule 1, or Schedule 8)"),
                List.of("table-decisions.csv", "confidentiality", "What the table said justifies disclosure under the duty of confidence"),
                List.of("table-decisions.csv", "gateway", "The statutory power or duty to disclose the table named, if any"),
                List.of("table-decisions.csv", "single_list", "The basis chosen from a pack written before its bases had layers"),
                List.of("table-decisions.csv", "rationale", "The table's reason as typed; empty when notes were left out"),
                List.of("trust.csv", "from_agency", "The agency giving the rating"),
                List.of("trust.csv", "to_agency", "The agency rated"),
                List.of("trust.csv", "before_mean", "Mean trust score 1-5 at the start, weighted by people; empty if not shown"),
                List.of("trust.csv", "after_mean", "Mean trust score 1-5 at the end"),
                List.of("trust.csv", "change", "after_mean minus before_mean"),
                List.of("trust.csv", "n_before", "People the ratings at the start speak for"),
                List.of("trust.csv", "n_after", "People the ratings at the end speak for"),
                List.of("trust.csv", "dont_know_before", "People who said 'don't know / no contact' at the start: not a "
                        + "score, and in no mean"),
                List.of("trust.csv", "dont_know_after", "People who said 'don't know / no contact' at the end"),
                List.of("confidence.csv", "item", "The key question rated"),
                List.of("confidence.csv", "phase", "before or after"),
                List.of("confidence.csv", "mean", "Mean confidence 1-5 of the agencies shown; empty when none could be shown"),
                List.of("confidence.csv", "n", "People who answered, in the agencies shown"),
                List.of("confidence.csv", "score_1", "People giving score 1 (likewise score_2 to score_5)"),
                List.of("confidence.csv", "agencies_not_counted", "Agencies too small to show, left out of this row's "
                        + "figures"),
                List.of("myths.csv", "statement", "The myth-or-fact statement"),
                List.of("myths.csv", "answer", "myth or fact: the right answer"),
                List.of("myths.csv", "phase", "before or after the day's work"),
                List.of("myths.csv", "correct", "People who answered correctly, in the agencies shown; empty when no agency "
                        + "could be shown"),
                List.of("myths.csv", "total", "People who answered, in the agencies shown; empty when none could be shown"),
                List.of("myths.csv", "share_correct", "correct divided by total, 0 to 1"),
                List.of("myths.csv", "agencies_not_counted", "Agencies too small to show, left out of correct and total; "
                        + "empty when the round was not run"),
                List.of("knowledge.csv", "agency", "Agency name, or 'Other agencies (combined)'"),
                List.of("knowledge.csv", "combined", "yes when the row combines agencies too small to show alone"),
                List.of("knowledge.csv", "phase", "before or after the day's work"),
                List.of("knowledge.csv", "correct", "Right answers over every myth-or-fact statement"),
                List.of("knowledge.csv", "total", "Answers given over every statement; empty when the round was not run"),
                List.of("knowledge.csv", "share_correct", "correct divided by total, 0 to 1"),
                List.of("trust-comments.csv", "phase", "Before or After"),
                List.of("trust-comments.csv", "from_agency", "The agency giving the rating"),
                List.of("trust-comments.csv", "to_agency", "The agency rated"),
                List.of("trust-comments.csv", "comment", "What would raise the trust, as typed; empty file when notes "
                        + "were left out, and only from agencies shown on their own"),
                List.of("notes.csv", "kind", "Debrief, Key learning, Barrier, Discussion or Parking lot"),
                List.of("notes.csv", "where", "The agenda item the note was taken in, or Whole session"),
                List.of("notes.csv", "text", "The note as typed; empty file when notes were left out"),
                List.of("actions.csv", "action", "The action agreed"),
                List.of("actions.csv", "owner", "The agency that owns it, if any"),
                List.of("actions.csv", "where", "The agenda item it was agreed in, or Whole session"),
                List.of("answered.csv", "item", "The agenda item (for a scenario, its title)"),
                List.of("answered.csv", "question", "The question put to the room: a stage, a statement, an open question"),
                List.of("answered.csv", "people", "People who answered: typed counts (a table as its headcount) plus phones"),
                List.of("answered.csv", "on_phones", "Of them, how many answered on their own phone; each phone counts once"),
                List.of("answered.csv", "sources", "How the answers were given: show of hands, table decisions, phones"),
                List.of("open-answers.csv", "question", "The open question"),
                List.of("open-answers.csv", "answer", "An answer from a phone that the facilitator approved for the room; "
                        + "waiting and hidden answers are never exported; empty file when notes were left out"));
    }
}
