package org.threshold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.AtomicFile;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.store.NoteRepository;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.store.SessionRepository;
import org.threshold.workshop.summary.ExampleSession;
import org.threshold.workshop.summary.SessionData;

/** Text typed by anyone, through every writer: it must come out as text, and never attack the reader. */
class HostileTextTest {
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    static final String SCRIPT = "<script>alert('x')</script></title><img src=x onerror=alert(1)>";
    static final String LINK = "[click me](javascript:alert(1)) <http://evil.example> ![img](http://evil.example/a.png)";
    static final String MIXED = "Привет שלום مرحبا 😀👍🏽 tab\there";
    static final String LONG_END = "END-OF-THE-LONG-NOTE";
    static final String LONG = "word ".repeat(19_996) + LONG_END;

    @TempDir
    static Path dir;
    static Database db;
    static SessionSummary summary;
    static ReportFiles files;

    @BeforeAll
    static void hostileSession() {
        db = ExampleSession.openWithExample(dir);
        long id = SessionData.latest(db);
        SessionRepository sessions = new SessionRepository(db);
        WorkshopSession session = sessions.find(id).orElseThrow();
        sessions.updateDetails(id, new SessionDetails(SCRIPT + " " + FORMULA, session.date(), LINK, MIXED, 210, 3),
                Instant.EPOCH);
        List<SessionAgency> agencies = new java.util.ArrayList<>(new SessionAgencyRepository(db).list(id));
        agencies.set(0, new SessionAgency("police", "-2+3 " + SCRIPT, 5, 1));
        new SessionAgencyRepository(db).replaceAll(id, agencies);
        NoteRepository notes = new NoteRepository(db);
        for (String text : List.of(FORMULA, SCRIPT, LINK, MIXED, "+cmd|' /C calc'!A0", "@SUM(1+1)", "\tTabbed", LONG)) {
            notes.add(id, new Note(0, 0, NoteKind.BARRIER, text, "", Instant.EPOCH));
        }
        notes.add(id, new Note(0, 0, NoteKind.ACTION, FORMULA, "police", Instant.EPOCH));
        summary = ExampleSession.builder(db).build(id, true);
        files = new ReportFiles(AtomicFile.forExports(db.file(), Leftovers.none()), true);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void htmlEscapesEverythingAndShowsItAsTyped() throws Exception {
        Path file = dir.resolve("hostile.html");
        files.write(summary, ReportFormat.HTML, file);
        Document html = ReadBack.html(file);
        assertTrue(html.select("script, img, iframe, a, link").isEmpty(), "no element came from user text");
        assertTrue(html.select("[onerror]").isEmpty());
        assertEquals(SCRIPT + " " + FORMULA, html.title(), "</title> did not end the title");
        String text = html.body().wholeText();
        for (String typed : List.of(SCRIPT, LINK, MIXED, FORMULA, LONG)) {
            assertTrue(text.contains(typed), typed.substring(0, 20));
        }
    }

    @Test
    void markdownRendersUserTextAsTextNotTagsOrLinks() throws Exception {
        Path file = dir.resolve("hostile.md");
        files.write(summary, ReportFormat.MD, file);
        Document md = ReadBack.markdown(file);
        assertTrue(md.select("script, img, a, iframe").isEmpty(), md.select("a, img").toString());
        String text = md.text();
        assertTrue(text.contains(SCRIPT));
        assertTrue(text.contains(LINK));
        assertTrue(text.contains(FORMULA));
        assertTrue(text.contains(LONG_END));
        assertTrue(text.contains("Привет שלום مرحبا 😀👍🏽"));
    }

    @Test
    void csvNeutralisesFormulasAndRoundTripsTheRest() throws Exception {
        Path folder = dir.resolve("hostile-csv");
        files.write(summary, ReportFormat.CSV, folder);
        List<String> barriers = ReadBack.csv(folder.resolve("notes.csv")).stream()
                .filter(r -> r.get("kind").equals("Barrier")).map(r -> r.get("text")).toList();
        assertTrue(barriers.contains("'" + FORMULA));
        assertTrue(barriers.contains("'+cmd|' /C calc'!A0"));
        assertTrue(barriers.contains("'@SUM(1+1)"));
        assertTrue(barriers.contains("'\tTabbed"));
        assertTrue(barriers.contains(SCRIPT), "quoting keeps everything else exactly");
        assertTrue(barriers.contains(MIXED));
        assertTrue(barriers.contains(LONG));
        CSVRecord action = ReadBack.csv(folder.resolve("actions.csv")).stream()
                .filter(r -> r.get("action").contains("HYPERLINK")).findFirst().orElseThrow();
        assertEquals("'" + FORMULA, action.get("action"));
        assertEquals("'-2+3 " + SCRIPT, action.get("owner"));
        List<CSVRecord> trust = ReadBack.csv(folder.resolve("trust.csv"));
        assertTrue(trust.stream().anyMatch(r -> r.get("change").startsWith("-") || r.get("change").equals("0.00")),
                "numbers stay numbers, a negative change is not given an apostrophe");
    }

    @Test
    void pdfCarriesUnicodeTabsAndTheLongNoteAndExtractsAgain() throws Exception {
        Path file = dir.resolve("hostile.pdf");
        files.write(summary, ReportFormat.PDF, file);
        String text = ReadBack.flat(ReadBack.pdfText(file));
        assertTrue(text.contains("<script>alert('x')</script>"));
        assertTrue(text.contains("Привет"));
        assertTrue(text.contains(FORMULA));
        assertTrue(text.contains(LONG_END), "the whole 100,000-character note is in the PDF");
    }

    @Test
    void wordKeepsEveryPieceOfText() throws Exception {
        Path file = dir.resolve("hostile.docx");
        files.write(summary, ReportFormat.DOCX, file);
        String text = ReadBack.docxText(file);
        assertTrue(text.contains(SCRIPT));
        assertTrue(text.contains(LINK));
        assertTrue(text.contains("Привет שלום مرحبا 😀👍🏽"));
        assertTrue(text.contains(LONG_END));
        assertTrue(Files.size(file) > 0);
    }
}
