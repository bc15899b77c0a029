package org.threshold.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A comparison in any format; as CSV, one file per table and a data dictionary. */
public final class ComparisonFiles {
    private final SafeFileWriter files;

    public ComparisonFiles(SafeFileWriter files) {
        this.files = files;
    }

    public List<Path> write(ComparisonSummary comparison, ReportFormat format, Path target) throws IOException {
        if (format != ReportFormat.CSV) {
            return List.of(new ReportFiles(files).write(ComparisonLayout.layout(comparison), format, target));
        }
        Files.createDirectories(target);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < comparison.sessions().size(); i++) {
            sessions.add("s" + (i + 1));
        }
        List<Path> written = new ArrayList<>();
        List<List<String>> sessionRows = new ArrayList<>();
        for (int i = 0; i < comparison.sessions().size(); i++) {
            ComparisonSummary.SessionColumn s = comparison.sessions().get(i);
            sessionRows.add(CsvText.row("s" + (i + 1), s.title(), s.dateText(), s.venue(), s.participants(), s.agencies()));
        }
        written.add(csv(target.resolve("sessions.csv"), List.of("session", "title", "date", "venue", "people", "agencies"),
                sessionRows));
        List<String> trustHeader = new ArrayList<>(List.of("from_agency", "to_agency"));
        sessions.forEach(s -> trustHeader.add("change_" + s));
        trustHeader.add("mean_change");
        written.add(csv(target.resolve("trust-change.csv"), trustHeader, comparison.trust().stream().map(p -> {
            List<Object> cells = new ArrayList<>(List.of(p.from(), p.to()));
            cells.addAll(p.changes());
            cells.add(p.meanChange());
            return CsvText.row(cells.toArray());
        }).toList()));
        List<String> thresholdHeader = new ArrayList<>(List.of("scenario", "agency"));
        sessions.forEach(s -> thresholdHeader.add("first_share_" + s));
        thresholdHeader.add("differs");
        written.add(csv(target.resolve("thresholds.csv"), thresholdHeader, comparison.thresholds().stream().map(d -> {
            List<Object> cells = new ArrayList<>(List.of(d.scenario(), d.agency()));
            cells.addAll(d.firstShare());
            cells.add(d.differs() ? "yes" : "no");
            return CsvText.row(cells.toArray());
        }).toList()));
        written.add(csv(target.resolve("barriers.csv"), List.of("barrier", "mentions", "sessions"),
                comparison.barriers().stream().map(b -> CsvText.row(b.text(), b.mentions(), b.sessions())).toList()));
        TrendLayout.csv(comparison, (name, header, rows) -> written.add(csv(target.resolve(name), header, rows)));
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
        written.add(csv(target.resolve("data-dictionary.csv"), List.of("file", "column", "meaning"), dictionary));
        return written;
    }

    private Path csv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        files.write(file, out -> CsvText.write(out, header, rows));
        return file;
    }
}
