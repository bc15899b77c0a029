package org.threshold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.store.Database;
import org.threshold.ui.run.audience.AudienceInput;
import org.threshold.ui.run.audience.AudienceSlide;
import org.threshold.ui.run.audience.SlideBlock;
import org.threshold.ui.run.audience.SlideContent;
import org.threshold.workshop.results.TestPack;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.summary.ExampleSession;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.summary.SessionData;

/**
 * The room's figures and every export's are the same numbers, so none can be subtracted from
 * another: Probation (2 people, below the threshold of 3) answers every myth-or-fact statement in
 * the example, and the projector, PDF, Word, HTML, Markdown and CSV must all leave it out of the
 * room's totals, and each must say that an agency was not counted.
 */
class RoomAndExportsAgreeTest {
    static final String NOT_COUNTED = "Not counted: 1 agency with fewer than 3 people, too few to stay anonymous.";
    static final Pattern FIGURE = Pattern.compile("(\\d+) of (\\d+) \\(\\d+%\\)");

    @TempDir
    static Path dir;
    static Database db;
    static SessionData data;
    static List<String> projector = new ArrayList<>();
    static List<String> roomTotals = new ArrayList<>();

    @BeforeAll
    static void example() {
        db = ExampleSession.openWithExample(dir);
        data = SessionData.read(db, SessionData.latest(db));
        assertTrue(data.myths().stream().anyMatch(a -> a.agencyCode().equals("probation") && a.saidMyth() + a.saidFact() > 0),
                "probation answered, so a total including it would differ");
        Pack pack = TestPack.pack();
        Measures measures = new Measures(data.trust(), data.confidence(), data.myths(), data.cards());
        // Statement by statement, the round before and the round after, as the summaries' tables read.
        for (int i = 0; i < pack.exercises().mythOrFact().size(); i++) {
            for (int quiz : quizzes()) {
                AgendaPosition at = new AgendaPosition(quiz, i);
                RunState state = new RunState(data.session(), data.agencies(), data.agenda(), pack, at,
                        java.util.Set.of(new DecisionKey(data.agenda().get(quiz).id(), i)));
                AudienceSlide slide = SlideContent.of(new AudienceInput(state, List.of(), List.of(), measures,
                        ExampleSession.CLOCK.instant(), ExampleSession.LONDON, false));
                projector.addAll(slide.texts());
                slide.blocks().stream().filter(b -> b instanceof SlideBlock.Verdict)
                        .forEach(b -> roomTotals.add(((SlideBlock.Verdict) b).room().heading()));
            }
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** "13 of 16" for each statement, as the projector shows it. */
    private static List<String> projectorFigures() {
        List<String> figures = new ArrayList<>();
        for (String text : roomTotals) {
            Matcher m = Pattern.compile("^The room: (\\d+) of (\\d+) said").matcher(text);
            if (m.find()) {
                figures.add(m.group(1) + " of " + m.group(2));
            }
        }
        return figures;
    }

    private static List<String> figures(String text) {
        List<String> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(ReadBack.flat(text));
        while (m.find()) {
            figures.add(m.group(1) + " of " + m.group(2));
        }
        return figures;
    }

    private Path export(ReportFormat format, String name) {
        return new ExportSession(db, ExampleSession.builder(db)).export(data.session().id(), format, dir.resolve(name), true,
                step -> { }).get(0);
    }

    @Test
    void theProjectorLeavesTheSmallAgencyOutAndSaysSo() {
        List<String> shown = projectorFigures();
        assertEquals(2 * TestPack.pack().exercises().mythOrFact().size(), shown.size(), "two rounds of each statement");
        assertNotTheWholeRoom(shown, "the projector");
        assertTrue(projector.contains(NOT_COUNTED), projector.toString());
        assertFalse(projector.stream().anyMatch(t -> t.startsWith("Probation")));
    }

    @Test
    void everyDocumentGivesTheProjectorsFiguresAndSaysWhatItLeftOut() throws Exception {
        List<String> shown = projectorFigures();
        Map<String, String> documents = Map.of(
                "PDF", ReadBack.pdfText(export(ReportFormat.PDF, "summary.pdf")),
                "Word", ReadBack.docxText(export(ReportFormat.DOCX, "summary.docx")),
                "HTML", ReadBack.html(export(ReportFormat.HTML, "summary.html")).body().wholeText(),
                "Markdown", ReadBack.markdown(export(ReportFormat.MD, "summary.md")).body().wholeText());
        documents.forEach((format, text) -> {
            List<String> figures = figures(text);
            // The statements' table comes first; knowledge by agency follows it.
            assertEquals(shown, figures.subList(0, Math.min(shown.size(), figures.size())),
                    format + ": the same room totals as the projector");
            assertTrue(ReadBack.flat(text).contains(NOT_COUNTED), format + " says an agency was not counted");
        });
    }

    @Test
    void theCsvDataGiveTheProjectorsFiguresAndCountWhatTheyLeftOut() throws Exception {
        Path folder = dir.resolve("csv");
        new ExportSession(db, ExampleSession.builder(db)).export(data.session().id(), ReportFormat.CSV, folder, true,
                step -> { });
        List<String> rows = new ArrayList<>();
        for (CSVRecord row : ReadBack.csv(folder.resolve("myths.csv"))) {
            rows.add(row.get("correct") + " of " + row.get("total"));
            assertEquals("1", row.get("agencies_not_counted"));
        }
        assertEquals(projectorFigures(), rows);
        for (CSVRecord row : ReadBack.csv(folder.resolve("confidence.csv"))) {
            assertEquals("1", row.get("agencies_not_counted"), "probation rated confidence too");
        }
    }

    /** No figure may be the whole room's: that one minus the shown one would be probation's answers. */
    private static void assertNotTheWholeRoom(List<String> figures, String where) {
        List<MythItem> items = TestPack.pack().exercises().mythOrFact();
        int figure = 0;
        for (MythItem item : items) {
            for (MeasurePhase phase : MeasurePhase.values()) {
                int correct = 0;
                int total = 0;
                for (MythAnswer a : data.myths()) {
                    if (a.itemId().equals(item.id()) && a.phase() == phase) {
                        correct += item.isMyth() ? a.saidMyth() : a.saidFact();
                        total += a.saidMyth() + a.saidFact();
                    }
                }
                assertFalse(figures.get(figure++).equals(correct + " of " + total), where + " counts probation in "
                        + item.id() + ", " + phase.label());
            }
        }
    }

    /** The myth-or-fact rounds of the example's agenda: before the day's work, then after it. */
    private static List<Integer> quizzes() {
        List<Integer> quizzes = new ArrayList<>();
        for (int i = 0; i < data.agenda().size(); i++) {
            if (data.agenda().get(i).kind() == AgendaItemKind.QUIZ) {
                quizzes.add(i);
            }
        }
        assertEquals(2, quizzes.size(), "a round before and a round after");
        return quizzes;
    }
}
