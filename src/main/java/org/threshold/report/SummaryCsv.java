package org.threshold.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.pack.BasisLayerKind;
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
        tables.put("table-decisions.csv", tableDecisions(s));
        tables.put("trust.csv", new Table(List.of("from_agency", "to_agency", "before_mean", "after_mean", "change",
                "n_before", "n_after", "dont_know_before", "dont_know_after"), s.trust().cells().stream()
                .map(c -> CsvText.row(c.from(), c.to(), c.before(), c.after(), c.change(), c.nBefore(), c.nAfter(),
                        c.dontKnowBefore(), c.dontKnowAfter())).toList()));
        List<List<String>> confidence = new ArrayList<>();
        for (SessionSummary.ConfidenceRow row : s.confidence()) {
            confidence.add(confidenceRow(row, "before", row.meanBefore(), row.nBefore(), row.before()));
            confidence.add(confidenceRow(row, "after", row.meanAfter(), row.nAfter(), row.after()));
        }
        tables.put("confidence.csv", new Table(List.of("item", "phase", "mean", "n", "score_1", "score_2", "score_3",
                "score_4", "score_5", "agencies_not_counted"), confidence));
        List<List<String>> myths = new ArrayList<>();
        for (SessionSummary.MythRow m : s.myths()) {
            String answer = m.isMyth() ? "myth" : "fact";
            myths.add(counted(score(List.of(m.statement(), answer, "before"), m.before()), m.before()));
            myths.add(counted(score(List.of(m.statement(), answer, "after"), m.after()), m.after()));
        }
        tables.put("myths.csv", new Table(List.of("statement", "answer", "phase", "correct", "total", "share_correct",
                "agencies_not_counted"), myths));
        List<List<String>> knowledge = new ArrayList<>();
        for (SessionSummary.KnowledgeRow k : s.knowledge()) {
            knowledge.add(score(List.of(k.agency(), k.combined() ? "yes" : "no", "before"), k.before()));
            knowledge.add(score(List.of(k.agency(), k.combined() ? "yes" : "no", "after"), k.after()));
        }
        tables.put("knowledge.csv", new Table(List.of("agency", "combined", "phase", "correct", "total", "share_correct"),
                knowledge));
        tables.put("trust-comments.csv", new Table(List.of("phase", "from_agency", "to_agency", "comment"),
                s.trust().comments().stream().map(c -> CsvText.row(c.phase(), c.from(), c.to(), c.text())).toList()));
        List<List<String>> notes = new ArrayList<>();
        s.scenarios().forEach(sc -> sc.debrief().forEach(n -> notes.add(note("Debrief", n))));
        s.notes().keyLearning().forEach(n -> notes.add(note("Key learning", n)));
        s.notes().barriers().forEach(n -> notes.add(note("Barrier", n)));
        s.notes().discussion().forEach(n -> notes.add(note("Discussion", n)));
        s.notes().parkingLot().forEach(n -> notes.add(note("Parking lot", n)));
        tables.put("notes.csv", new Table(List.of("kind", "where", "text"), notes));
        tables.put("actions.csv", new Table(List.of("action", "owner", "where"), s.notes().actions().stream()
                .map(a -> CsvText.row(a.text(), a.owner(), a.where())).toList()));
        tables.put("answered.csv", new Table(List.of("item", "question", "people", "on_phones", "sources"),
                s.answering().questions().stream().map(q -> CsvText.row(q.item(), q.question(), q.people(), q.phones(),
                        q.sources())).toList()));
        List<List<String>> open = new ArrayList<>();
        s.answering().openQuestions().forEach(q -> q.approved().forEach(text -> open.add(CsvText.row(q.question(), text))));
        tables.put("open-answers.csv", new Table(List.of("question", "answer"), open));
        StandCsv.tables(s.stand(), tables);
        return tables;
    }

    /** Each table decision's legal answers, one column per layer, so a spreadsheet can count them. */
    private static Table tableDecisions(SessionSummary s) {
        List<String> header = new ArrayList<>(List.of("scenario", "stage", "agency", "option", "with_whom"));
        for (BasisLayerKind layer : BasisLayerKind.values()) {
            header.add(layer.code().replace('-', '_'));
        }
        header.add("rationale");
        List<List<String>> rows = new ArrayList<>();
        for (SessionSummary.ScenarioSection scenario : s.scenarios()) {
            for (SessionSummary.StageSection stage : scenario.stages()) {
                for (SessionSummary.Reason r : stage.reasons()) {
                    List<Object> row = new ArrayList<>(List.of(scenario.title(), stage.number(), r.agency(), r.option(),
                            r.withWhom()));
                    for (BasisLayerKind layer : BasisLayerKind.values()) {
                        row.add(r.bases().stream().filter(b -> b.layer() == layer).map(SessionSummary.BasisAnswer::choice)
                                .findFirst().orElse(""));
                    }
                    row.add(r.rationale());
                    rows.add(CsvText.row(row.toArray()));
                }
            }
        }
        return new Table(header, rows);
    }

    /** A round's right answers after the given columns; empty figures when it was not run or no agency can be shown. */
    private static List<String> score(List<String> first, SessionSummary.MythScore score) {
        boolean shown = score.share() != null;
        List<Object> row = new ArrayList<>(first);
        row.add(shown ? score.correct() : null);
        row.add(shown ? score.total() : null);
        row.add(score.share());
        return CsvText.row(row.toArray());
    }

    /** The same row with how many agencies its figures leave out, when the round was run. */
    private static List<String> counted(List<String> row, SessionSummary.MythScore score) {
        List<String> counted = new ArrayList<>(row);
        counted.add(score.ran() ? String.valueOf(score.hiddenAgencies()) : "");
        return counted;
    }

    private static List<String> confidenceRow(SessionSummary.ConfidenceRow row, String phase, Double mean, int n,
                                              List<Integer> counts) {
        boolean shown = mean != null;
        return CsvText.row(row.item(), phase, mean, shown ? n : null, shown ? counts.get(0) : null,
                shown ? counts.get(1) : null, shown ? counts.get(2) : null, shown ? counts.get(3) : null,
                shown ? counts.get(4) : null, row.hiddenAgencies());
    }

    private static List<String> note(String kind, NoteLine line) {
        return CsvText.row(kind, line.where(), line.text());
    }
}
