package org.threshold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.TrustRating;
import org.threshold.store.Database;
import org.threshold.store.TrustRepository;
import org.threshold.workshop.summary.ExampleSession;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.summary.SessionData;

/**
 * What would raise trust, typed into the grid, reaches every summary as text (never as markup or
 * a formula), only from agencies shown on their own, and not at all when notes are left out.
 */
class TrustCommentsTest {
    static final String COMMENT = "A named contact <script>alert(1)</script> & a reply within a week";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    static final String SMALL = "Probation's own words could name who said them";

    @TempDir
    static Path dir;
    static Database db;
    static long id;

    @BeforeAll
    static void comments() {
        db = ExampleSession.openWithExample(dir);
        id = SessionData.latest(db);
        TrustRepository trust = new TrustRepository(db);
        trust.save(id, new TrustRating(MeasurePhase.BASELINE, "police", "health", 2, 5, COMMENT));
        trust.save(id, new TrustRating(MeasurePhase.FOLLOW_UP, "health", "police", 4, 6, FORMULA));
        trust.save(id, new TrustRating(MeasurePhase.BASELINE, "probation", "police", 3, 2, SMALL));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private Path export(ReportFormat format, String name, boolean notes) {
        return new ExportSession(db, ExampleSession.builder(db)).export(id, format, dir.resolve(name), notes, step -> { })
                .get(0);
    }

    @Test
    void theCommentsAreInEveryDocumentAsTextFromAgenciesShownOnTheirOwn() throws Exception {
        Document html = ReadBack.html(export(ReportFormat.HTML, "summary.html", true));
        assertTrue(html.select("script").isEmpty());
        List<String> texts = List.of(ReadBack.pdfText(export(ReportFormat.PDF, "summary.pdf", true)),
                ReadBack.docxText(export(ReportFormat.DOCX, "summary.docx", true)), html.body().text(),
                ReadBack.markdown(export(ReportFormat.MD, "summary.md", true)).body().text());
        for (String text : texts) {
            String flat = ReadBack.flat(text);
            assertTrue(flat.contains("What would raise trust"), flat);
            assertTrue(flat.contains("Police about Health / NHS (before): " + COMMENT), "the comment as typed");
            assertTrue(flat.contains(FORMULA));
            assertFalse(flat.contains(SMALL), "probation has 2 people: its words stay out");
        }
        assertTrue(ReadBack.markdown(export(ReportFormat.MD, "again.md", true)).select("script").isEmpty());
    }

    @Test
    void theCsvHasThemNeutralisedForSpreadsheets() throws Exception {
        Path folder = dir.resolve("csv");
        new ExportSession(db, ExampleSession.builder(db)).export(id, ReportFormat.CSV, folder, true, step -> { });
        List<CSVRecord> rows = ReadBack.csv(folder.resolve("trust-comments.csv"));
        List<String> comments = rows.stream().map(r -> r.get("comment")).toList();
        assertTrue(comments.contains("'" + FORMULA), "a formula starts with an apostrophe, so it stays text");
        assertFalse(comments.contains(SMALL));
        CSVRecord police = rows.stream().filter(r -> r.get("comment").equals(COMMENT)).findFirst().orElseThrow();
        assertEquals(List.of("Before", "Police", "Health / NHS"), List.of(police.get("phase"), police.get("from_agency"),
                police.get("to_agency")));
    }

    @Test
    void leavingOutNotesLeavesOutTheComments() throws Exception {
        String md = Files.readString(export(ReportFormat.MD, "bare.md", false));
        assertFalse(md.contains("What would raise trust"));
        assertFalse(md.contains("named contact"));
        Path folder = dir.resolve("bare-csv");
        new ExportSession(db, ExampleSession.builder(db)).export(id, ReportFormat.CSV, folder, false, step -> { });
        assertEquals(List.of(), ReadBack.csv(folder.resolve("trust-comments.csv")));
    }
}
