package org.threshold.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.threshold.store.AtomicFile;
import org.threshold.store.Destination;

/** A comparison as CSV: one file per table and a data dictionary. */
final class ComparisonCsv {
    private ComparisonCsv() {
    }

    /** Adds every table and the data dictionary to the folder being written. */
    static void writeInto(AtomicFile.Folder folder, ComparisonSummary comparison) throws IOException {
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < comparison.sessions().size(); i++) {
            sessions.add("s" + (i + 1));
        }
        List<List<String>> sessionRows = new ArrayList<>();
        for (int i = 0; i < comparison.sessions().size(); i++) {
            ComparisonSummary.SessionColumn s = comparison.sessions().get(i);
            sessionRows.add(CsvText.row("s" + (i + 1), s.title(), s.dateText(), s.venue(), s.participants(), s.agencies()));
        }
        folder.write("sessions.csv", csv(List.of("session", "title", "date", "venue", "people", "agencies"),
                sessionRows));
        List<String> trustHeader = new ArrayList<>(List.of("from_agency", "to_agency"));
        sessions.forEach(s -> trustHeader.add("change_" + s));
        trustHeader.add("mean_change");
        folder.write("trust-change.csv", csv(trustHeader, comparison.trust().stream().map(p -> {
            List<Object> cells = new ArrayList<>(List.of(p.from(), p.to()));
            cells.addAll(p.changes());
            cells.add(p.meanChange());
            return CsvText.row(cells.toArray());
        }).toList()));
        List<String> thresholdHeader = new ArrayList<>(List.of("scenario", "agency"));
        sessions.forEach(s -> thresholdHeader.add("first_share_" + s));
        thresholdHeader.add("differs");
        folder.write("thresholds.csv", csv(thresholdHeader, comparison.thresholds().stream().map(d -> {
            List<Object> cells = new ArrayList<>(List.of(d.scenario(), d.agency()));
            cells.addAll(d.firstShare());
            cells.add(d.differs() ? "yes" : "no");
            return CsvText.row(cells.toArray());
        }).toList()));
        folder.write("barriers.csv", csv(List.of("barrier", "mentions", "sessions"),
                comparison.barriers().stream().map(b -> CsvText.row(b.text(), b.mentions(), b.sessions())).toList()));
        TrendLayout.csv(comparison, (name, header, rows) -> folder.write(name, csv(header, rows)));
        List<List<String>> dictionary = new ArrayList<>(List.of(
                List.of("sessions.csv", "session", "s1, s2...: the column suffix used in the other files"),
                List.of("trust-change.csv", "change_sN", "Trust after minus before for the pair in session N, scale 1-5; "
                        + "empty where not measured or where the rating agency was too small to show"),
                List.of("trust-change.csv", "mean_change", "Average of the session changes present"),
                List.of("thresholds.csv", "first_share_sN", "First stage at which the agency's majority would share in "
                        + "session N: 'Stage 2', 'Never', or empty when the agency was not shown"),
                List.of("thresholds.csv", "differs", "yes when the sessions that show the agency disagree"),
                List.of("barriers.csv", "mentions", "Barrier notes with this wording (ignoring case and punctuation)"),
                List.of("barriers.csv", "sessions", "Sessions in which it was named")));
        dictionary.addAll(TrendLayout.dictionary());
        folder.write(Destination.DATA_DICTIONARY, csv(List.of("file", "column", "meaning"), dictionary));
    }

    private static AtomicFile.Content csv(List<String> header, List<List<String>> rows) {
        return out -> CsvText.write(out, header, rows);
    }
}
