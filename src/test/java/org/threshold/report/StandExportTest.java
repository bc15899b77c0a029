package org.threshold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.store.AtomicFile;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.testing.StandPack;
import org.threshold.workshop.summary.ExampleSession;
import org.threshold.workshop.summary.ExportSession;

/** "Where we stand" in every summary format, read back as the partnership board would, with Probation's two hidden. */
class StandExportTest {
    private static final String STATEMENT = "Decisions not to share are recorded.";
    private static final String ACTION = "Add a 'decided not to share, and why' field to each partner's case notes.";
    private static final String REVIEWED = "Name a safeguarding adviser in each agency for practitioners to ring.";

    @TempDir
    static Path dir;
    static Database db;
    static long id;
    static SessionSummary summary;

    @BeforeAll
    static void example() {
        db = Database.open(dir.resolve("threshold.db"));
        id = StandPack.example(db).id();
        summary = ExampleSession.builder(db).build(id, true);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Path export(ReportFormat format, String name) {
        return new ExportSession(db, ExampleSession.builder(db)).export(id, format, dir.resolve(name), true, step -> { })
                .get(0);
    }

    @Test
    void theSummaryModelHoldsTheSectionAfterSuppression() {
        StandSummary stand = summary.stand();
        assertEquals(StandPack.SECTION.journeyQuestion(), stand.journeyQuestion());
        assertEquals(List.of("Police", "Health / NHS", "Adult social care", "Children's social care", "Education", "Housing",
                "Voluntary sector", "Everyone shown"), stand.journey().stream().map(StandSummary.JourneyRow::agency).toList(),
                "probation's two people are fewer than 3 and alone: hidden");
        assertEquals("Not counted: 1 agency with fewer than 3 people, too few to stay anonymous.", stand.hiddenNote());
        int shownPeople = 5 + 6 + 4 + 5 + 4 + 3 + 3;
        assertEquals(shownPeople, stand.journey().get(stand.journey().size() - 1).counts().stream()
                .mapToInt(Integer::intValue).sum(), "the room's total counts the shown agencies only");
        assertEquals(3, stand.statements().size());
        assertEquals(1, stand.statements().stream().filter(s -> s.text().equals(STATEMENT)).count());
        assertEquals(List.of(ACTION), stand.actions().stream().map(StandSummary.ActionRow::action).toList());
        assertEquals("Children's social care", stand.actions().get(0).owner());
        assertEquals("29 January 2027", stand.actions().get(0).due());
        assertEquals(4, stand.reviewed().size());
        assertTrue(stand.reviewed().stream().anyMatch(r -> r.action().equals(REVIEWED) && r.status().equals("Not done")));
    }

    @Test
    void thePdfHasTheSection() throws Exception {
        Path pdf = export(ReportFormat.PDF, "stand.pdf");
        assertSection(ReadBack.flat(ReadBack.pdfText(pdf)));
        Files.createDirectories(Path.of("target/preview"));
        Files.copy(pdf, Path.of("target/preview/stand-example.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theWordFileHasTheSection() throws Exception {
        assertSection(ReadBack.flat(ReadBack.docxText(export(ReportFormat.DOCX, "stand.docx"))));
    }

    @Test
    void theHtmlHasTheSection() throws Exception {
        var html = ReadBack.html(export(ReportFormat.HTML, "stand.html"));
        assertEquals(1, html.select("h2:matchesOwn(^Where we stand$)").size());
        assertSection(html.body().text());
    }

    @Test
    void theMarkdownHasTheSection() throws Exception {
        var md = ReadBack.markdown(export(ReportFormat.MD, "stand.md"));
        assertEquals(1, md.select("h2:matchesOwn(^Where we stand$)").size());
        assertSection(md.text());
    }

    private static void assertSection(String text) {
        assertTrue(text.contains("Where we stand"), "heading");
        assertTrue(text.contains(StandPack.SECTION.journeyQuestion()));
        assertTrue(text.contains("Sharing in practice"), "a stage title");
        assertTrue(text.contains(STATEMENT), "a statement");
        assertTrue(text.contains(ACTION), "an action from the weakest");
        assertTrue(text.contains("29 January 2027"), "its due date");
        assertTrue(text.contains(REVIEWED) && text.contains("Not done"), "the last workshop's actions, reviewed");
        assertTrue(text.contains("Not counted: 1 agency with fewer than 3 people"), "what is left out, said");
    }

    @Test
    void theCsvCarriesEachShownAgencysRawAnswersAndTheDictionarySaysWhatTheyMean() throws Exception {
        Path folder = dir.resolve("csv");
        new ExportSession(db, ExampleSession.builder(db)).export(id, ReportFormat.CSV, folder, true, step -> { });
        List<CSVRecord> journey = ReadBack.csv(folder.resolve("stand-journey.csv"));
        assertEquals(7 * 4, journey.size(), "seven shown agencies, four stages each");
        assertFalse(journey.stream().anyMatch(r -> r.get("agency").equals("Probation")));
        assertEquals(5, journey.stream().filter(r -> r.get("agency").equals("Police"))
                .mapToInt(r -> Integer.parseInt(r.get("people"))).sum(), "a table decision counts the agency's five");
        List<CSVRecord> ratings = ReadBack.csv(folder.resolve("stand-readiness.csv"));
        assertEquals(3 * 7 * 6, ratings.size(), "three statements, seven agencies, scores 1-5 and don't know");
        assertFalse(ratings.stream().anyMatch(r -> r.get("agency").equals("Probation")));
        for (StandSummary.StatementRow statement : summary.stand().statements()) {
            int people = ratings.stream().filter(r -> r.get("statement").equals(statement.text()))
                    .mapToInt(r -> Integer.parseInt(r.get("people"))).sum();
            assertEquals(statement.counts().stream().mapToInt(Integer::intValue).sum() + statement.dontKnow(), people,
                    "the raw answers add up to the figures the room saw");
        }
        assertEquals(ACTION, ReadBack.csv(folder.resolve("stand-actions.csv")).get(0).get("action"));
        assertEquals(4, ReadBack.csv(folder.resolve("stand-reviewed.csv")).size());
        List<CSVRecord> dictionary = ReadBack.csv(folder.resolve("data-dictionary.csv"));
        for (String file : List.of("stand-journey.csv", "stand-readiness.csv", "stand-statements.csv", "stand-actions.csv",
                "stand-reviewed.csv")) {
            assertTrue(dictionary.stream().anyMatch(r -> r.get("file").equals(file)), file + " in the dictionary");
            List<String> header = List.copyOf(ReadBack.csv(folder.resolve(file)).isEmpty() ? List.of()
                    : ReadBack.csv(folder.resolve(file)).get(0).toMap().keySet());
            header.forEach(column -> assertTrue(dictionary.stream().anyMatch(r -> r.get("file").equals(file)
                    && r.get("column").equals(column)), file + ": " + column + " explained"));
        }
    }

    /**
     * A small agency's answers are withheld from every "Where we stand" CSV row, and the journey and
     * statement tables say how many agencies they leave out, in the column myths.csv and
     * confidence.csv use, without any figure from which the withheld answers could be worked out.
     */
    @Test
    void theCsvSaysHowManyAgenciesItLeavesOutAndNothingMore() throws Exception {
        Path folder = dir.resolve("csv-not-counted");
        new ExportSession(db, ExampleSession.builder(db)).export(id, ReportFormat.CSV, folder, true, step -> { });
        int shownPeople = 5 + 6 + 4 + 5 + 4 + 3 + 3;
        List<CSVRecord> journey = ReadBack.csv(folder.resolve("stand-journey.csv"));
        assertTrue(journey.stream().allMatch(r -> r.get("agencies_not_counted").equals("1")),
                "every journey row says probation was left out");
        assertEquals(shownPeople, journey.stream().mapToInt(r -> Integer.parseInt(r.get("people"))).sum(),
                "probation's two placements are in no row");
        List<CSVRecord> statements = ReadBack.csv(folder.resolve("stand-statements.csv"));
        assertEquals(3, statements.size());
        for (CSVRecord statement : statements) {
            assertEquals("1", statement.get("agencies_not_counted"), statement.get("statement"));
            assertEquals(shownPeople, Integer.parseInt(statement.get("n_scored"))
                    + Integer.parseInt(statement.get("dont_know")), "the statement's people are the shown agencies' only");
        }
        for (String file : List.of("stand-journey.csv", "stand-readiness.csv", "stand-statements.csv")) {
            assertFalse(Files.readString(folder.resolve(file)).contains("Probation"), file + " never names probation");
        }
    }

    @Test
    void leavingOutNotesLeavesOutTheActionsAndTheirReview() throws Exception {
        SessionSummary bare = ExampleSession.builder(db).build(id, false);
        assertTrue(bare.stand().actions().isEmpty());
        assertTrue(bare.stand().reviewed().isEmpty());
        assertFalse(bare.stand().statements().isEmpty(), "the ratings are counts, not free text");
        Path md = dir.resolve("bare.md");
        new ReportFiles(AtomicFile.forExports(db.file(), Leftovers.none()), false).write(bare, ReportFormat.MD, md);
        String text = Files.readString(md);
        assertFalse(text.contains(ACTION));
        assertFalse(text.contains(REVIEWED));
        assertTrue(text.contains("left out of this export"));
    }
}
