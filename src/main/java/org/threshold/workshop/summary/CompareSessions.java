package org.threshold.workshop.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.threshold.domain.NoteKind;
import org.threshold.report.ComparisonSummary;
import org.threshold.report.ReportFiles;
import org.threshold.report.ReportFormat;
import org.threshold.store.AtomicFile;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.workshop.Dates;
import org.threshold.workshop.DestinationExists;
import org.threshold.workshop.results.ScenarioResult;
import org.threshold.workshop.results.SessionResults;
import org.threshold.workshop.results.Suppression;
import org.threshold.workshop.results.ThresholdRow;
import org.threshold.workshop.results.TrustCell;

/**
 * Compares chosen sessions: trust change per agency pair, threshold differences in shared
 * scenarios, and the barriers named most often. Each session is analysed with its own
 * anonymity threshold first, so suppression holds across the comparison too.
 */
public final class CompareSessions {
    static final int BARRIERS = 10;

    private final SummaryBuilder builder;
    private final Database database;
    private final AtomicFile files;
    private final Clock clock;
    private final ZoneId zone;

    /** @param leftovers where a temporary file is noted, so one left by a crash is cleared at the next start */
    public CompareSessions(Database database, SummaryBuilder builder, Leftovers leftovers, Clock clock, ZoneId zone) {
        this.database = database;
        this.builder = builder;
        this.files = AtomicFile.forExports(database.file(), leftovers);
        this.clock = clock;
        this.zone = zone;
    }

    public CompareSessions(Database database, SummaryBuilder builder, Clock clock, ZoneId zone) {
        this(database, builder, Leftovers.none(), clock, zone);
    }

    public ComparisonSummary compare(List<Long> sessionIds, Consumer<ProgressStep> progress) {
        requireTwo(sessionIds);
        List<SessionData> sessions = new ArrayList<>();
        List<SessionResults> results = new ArrayList<>();
        List<StandTrends.Compared> compared = new ArrayList<>();
        for (int i = 0; i < sessionIds.size(); i++) {
            progress.accept(new ProgressStep(i, sessionIds.size() + 1, "Reading session " + (i + 1)));
            SessionData data = SessionData.read(database, sessionIds.get(i));
            sessions.add(data);
            results.add(builder.analyse(data));
            compared.add(new StandTrends.Compared(i, data, builder.pack(data)));
        }
        progress.accept(new ProgressStep(sessionIds.size(), sessionIds.size() + 1, "Comparing"));
        List<ComparisonSummary.SessionColumn> columns = sessions.stream().map(d -> new ComparisonSummary.SessionColumn(
                d.session().title(), Dates.spoken(d.session().date()), d.session().venue(),
                d.agencies().stream().mapToInt(a -> a.headcount()).sum(), d.agencies().size())).toList();
        String title = "Comparison of " + sessionIds.size() + " workshops";
        return new ComparisonSummary(title, Dates.spoken(LocalDate.now(clock.withZone(zone))), columns,
                trust(results), thresholds(results), barriers(sessions), StandTrends.of(compared));
    }

    /** @param mayReplace whether a file (or earlier CSV export) at {@code target} may be replaced; see {@link DestinationExists} */
    public List<Path> export(List<Long> sessionIds, ReportFormat format, Path target, boolean mayReplace,
                             Consumer<ProgressStep> progress) {
        requireTwo(sessionIds);
        DestinationExists.whenWriting(target, () -> files.check(target, format.isFolder(), mayReplace));
        ComparisonSummary comparison = compare(sessionIds, progress);
        List<Path> written = DestinationExists.whenWriting(target,
                () -> new ReportFiles(files, mayReplace).write(comparison, format, target));
        progress.accept(new ProgressStep(1, 1, "Saved " + target));
        return written;
    }

    private static void requireTwo(List<Long> sessionIds) {
        if (sessionIds.size() < 2) {
            throw new SummaryException("Choose at least two sessions to compare.");
        }
    }

    /** Pairs of named agencies; the combined row differs from session to session, so it is not compared. */
    static List<ComparisonSummary.TrustPair> trust(List<SessionResults> results) {
        Map<String, Double[]> pairs = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (int s = 0; s < results.size(); s++) {
            for (TrustCell cell : results.get(s).trust().cells()) {
                if (cell.fromCombined() || cell.change() == null) {
                    continue;
                }
                String key = cell.from() + "\u0000" + cell.to();
                pairs.computeIfAbsent(key, k -> new Double[results.size()])[s] = cell.change();
                names.putIfAbsent(key, new String[] {cell.fromLabel(), cell.toLabel()});
            }
        }
        List<ComparisonSummary.TrustPair> rows = new ArrayList<>();
        for (Map.Entry<String, Double[]> pair : pairs.entrySet()) {
            List<Double> changes = java.util.Arrays.asList(pair.getValue());
            double mean = changes.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).average().orElse(0);
            String[] label = names.get(pair.getKey());
            rows.add(new ComparisonSummary.TrustPair(label[0], label[1], changes, mean));
        }
        rows.sort((a, b) -> Double.compare(Math.abs(b.meanChange()), Math.abs(a.meanChange())));
        return rows;
    }

    /** Scenarios run in two or more of the sessions, agency by agency. */
    static List<ComparisonSummary.ThresholdDifference> thresholds(List<SessionResults> results) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Map<String, String[]>> byScenario = new LinkedHashMap<>();
        Map<String, Integer> runs = new LinkedHashMap<>();
        for (int s = 0; s < results.size(); s++) {
            for (ScenarioResult scenario : results.get(s).scenarios()) {
                String id = scenario.scenario().id();
                titles.putIfAbsent(id, scenario.scenario().title());
                runs.merge(id, 1, Integer::sum);
                for (ThresholdRow row : scenario.thresholdChart()) {
                    if (Suppression.OTHER_CODE.equals(row.code())) {
                        continue;
                    }
                    String[] cells = byScenario.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .computeIfAbsent(row.label(), k -> emptyRow(results.size()));
                    cells[s] = row.neverShared() ? "Never" : "Stage " + (row.firstShareStage() + 1);
                }
            }
        }
        List<ComparisonSummary.ThresholdDifference> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, String[]>> scenario : byScenario.entrySet()) {
            if (runs.get(scenario.getKey()) < 2) {
                continue;
            }
            for (Map.Entry<String, String[]> agency : scenario.getValue().entrySet()) {
                List<String> cells = List.of(agency.getValue());
                boolean differs = cells.stream().filter(c -> !c.isEmpty()).distinct().count() > 1;
                rows.add(new ComparisonSummary.ThresholdDifference(titles.get(scenario.getKey()), agency.getKey(), cells,
                        differs));
            }
        }
        return rows;
    }

    private static String[] emptyRow(int size) {
        String[] cells = new String[size];
        java.util.Arrays.fill(cells, "");
        return cells;
    }

    /** Barriers grouped by their words, ignoring case, spacing and punctuation; most named first. */
    static List<ComparisonSummary.Barrier> barriers(List<SessionData> sessions) {
        Map<String, String> firstWording = new LinkedHashMap<>();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, java.util.Set<Integer>> where = new LinkedHashMap<>();
        for (int s = 0; s < sessions.size(); s++) {
            for (var note : sessions.get(s).notes()) {
                if (note.kind() != NoteKind.BARRIER || note.text().isBlank()) {
                    continue;
                }
                String key = note.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                firstWording.putIfAbsent(key, note.text().strip());
                mentions.merge(key, 1, Integer::sum);
                where.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(s);
            }
        }
        return firstWording.entrySet().stream()
                .map(e -> new ComparisonSummary.Barrier(e.getValue(), mentions.get(e.getKey()), where.get(e.getKey()).size()))
                .sorted((a, b) -> a.mentions() != b.mentions() ? b.mentions() - a.mentions() : b.sessions() - a.sessions())
                .limit(BARRIERS).toList();
    }
}
