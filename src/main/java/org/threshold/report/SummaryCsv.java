package org.threshold.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.report.SessionSummary.NoteLine;
import org.threshold.store.AtomicFile;
import org.threshold.store.Destination;

/**
 * A session's data as CSV files in one folder, for analysis in a spreadsheet, with a data
 * dictionary saying what every column means. The data are the summary's, so small-number
 * suppression applies here exactly as in the documents.
 */
public final class SummaryCsv {
    private SummaryCsv() {
    }

    /** Adds every table and the data dictionary to the folder being written. */
    static void writeInto(AtomicFile.Folder folder, SessionSummary summary) throws IOException {
        for (Map.Entry<String, Table> table : tables(summary).entrySet()) {
            folder.write(table.getKey(), out -> CsvText.write(out, table.getValue().header(), table.getValue().rows()));
        }
        folder.write(Destination.DATA_DICTIONARY, out -> CsvText.write(out, List.of("file", "column", "meaning"),
                DataDictionary.rows()));
    }

    record Table(List<String> header, List<List<String>> rows) {
    }

    static Map<String, Table> tables(SessionSummary s) {
        Map<String, Table> tables = new LinkedHashMap<>();
        List<List<String>> agenda = new ArrayList<>();
        for (int i = 0; i < s.agenda().size(); i++) {
            SessionSummary.AgendaRow row = s.agenda().get(i);
            agenda.add(CsvText.row(i + 1, row.title(), row.kind(), row.plannedMinutes(), row.started(), row.ended(),
                    row.actualMinutes()));
        }
        tables.put("agenda.csv", new Table(List.of("position", "item", "kind", "planned_minutes", "started", "ended",
                "actual_minutes"), agenda));
        List<List<String>> responses = new ArrayList<>();
        for (SessionSummary.ScenarioSection scenario : s.scenarios()) {
            for (SessionSummary.StageSection stage : scenario.stages()) {
                for (SessionSummary.AgencyRow row : stage.rows()) {
                    for (int o = 0; o < stage.options().size(); o++) {
                        SessionSummary.OptionHeading option = stage.options().get(o);
                        responses.add(CsvText.row(scenario.title(), stage.number(), stage.title(), row.agency(),
                                row.combined() ? "yes" : "no", option.label(), Texts.kind(option.kind()),
                                row.counts().get(o)));
                    }
                }
            }
        }
        tables.put("responses.csv", new Table(List.of("scenario", "stage", "stage_title", "agency", "combined",
                "option", "option_kind", "count"), responses));
        tables.put("trust.csv", new Table(List.of("from_agency", "to_agency", "before_mean", "after_mean", "change",
                "n_before", "n_after"), s.trust().cells().stream().map(c -> CsvText.row(c.from(), c.to(), c.before(),
                c.after(), c.change(), c.nBefore(), c.nAfter())).toList()));
        List<List<String>> confidence = new ArrayList<>();
        for (SessionSummary.ConfidenceRow row : s.confidence()) {
            confidence.add(confidenceRow(row.item(), "before", row.meanBefore(), row.nBefore(), row.before()));
            confidence.add(confidenceRow(row.item(), "after", row.meanAfter(), row.nAfter(), row.after()));
        }
        tables.put("confidence.csv", new Table(List.of("item", "phase", "mean", "n", "score_1", "score_2", "score_3",
                "score_4", "score_5"), confidence));
        tables.put("myths.csv", new Table(List.of("statement", "answer", "correct", "total", "share_correct"),
                s.myths().stream().map(m -> CsvText.row(m.statement(), m.isMyth() ? "myth" : "fact",
                        m.share() == null ? null : m.correct(), m.total(), m.share())).toList()));
        List<List<String>> notes = new ArrayList<>();
        s.scenarios().forEach(sc -> sc.debrief().forEach(n -> notes.add(note("Debrief", n))));
        s.notes().keyLearning().forEach(n -> notes.add(note("Key learning", n)));
        s.notes().barriers().forEach(n -> notes.add(note("Barrier", n)));
        s.notes().discussion().forEach(n -> notes.add(note("Discussion", n)));
        s.notes().parkingLot().forEach(n -> notes.add(note("Parking lot", n)));
        tables.put("notes.csv", new Table(List.of("kind", "where", "text"), notes));
        tables.put("actions.csv", new Table(List.of("action", "owner", "where"), s.notes().actions().stream()
                .map(a -> CsvText.row(a.text(), a.owner(), a.where())).toList()));
        return tables;
    }

    private static List<String> confidenceRow(String item, String phase, Double mean, int n, List<Integer> counts) {
        boolean shown = mean != null;
        return CsvText.row(item, phase, mean, shown ? n : null, shown ? counts.get(0) : null, shown ? counts.get(1) : null,
                shown ? counts.get(2) : null, shown ? counts.get(3) : null, shown ? counts.get(4) : null);
    }

    private static List<String> note(String kind, NoteLine line) {
        return CsvText.row(kind, line.where(), line.text());
    }
}
