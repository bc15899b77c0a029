package org.threshold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.store.AtomicFile;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.workshop.summary.ExampleSession;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.summary.ProgressStep;
import org.threshold.workshop.summary.SessionData;

/** Every format of the example session, read back by a real reader and checked against the summary. */
class ExportReadBackTest {
    @TempDir
    static Path dir;
    static Database db;
    static SessionSummary summary;
    static long id;

    @BeforeAll
    static void example() {
        db = ExampleSession.openWithExample(dir);
        id = SessionData.latest(db);
        summary = ExampleSession.builder(db).build(id, true);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private Path export(ReportFormat format, Path target) {
        List<ProgressStep> steps = new java.util.ArrayList<>();
        List<Path> written = new ExportSession(db, ExampleSession.builder(db)).export(id, format, target, true, steps::add);
        assertEquals(1.0, steps.get(steps.size() - 1).fraction(), "progress ends at 100%");
        return written.get(0);
    }

    @Test
    void thePdfHasTheSessionInItsTextAndEmbedsDejaVuSans() throws Exception {
        Path pdf = export(ReportFormat.PDF, dir);
        assertTrue(pdf.getFileName().toString().endsWith(".pdf"));
        String text = ReadBack.flat(ReadBack.pdfText(pdf));
        assertTrue(text.contains("Tallowford Civic Centre, Committee Room 2"));
        assertTrue(text.contains("32 practitioners from 8 agencies"));
        for (SessionSummary.ScenarioSection scenario : summary.scenarios()) {
            assertTrue(text.contains(scenario.title()), scenario.title());
        }
        assertTrue(text.contains("Circulate the named safeguarding contacts for each agency."));
        assertTrue(text.contains("Threshold chart"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage first = doc.getPage(0);
            boolean dejaVu = false;
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                dejaVu |= font.getName().contains("DejaVuSans") && font.isEmbedded();
            }
            assertTrue(dejaVu, "DejaVu Sans embedded");
        }
        Files.createDirectories(Path.of("target/preview"));
        Files.copy(pdf, Path.of("target/preview/example.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theWordFileHasRealHeadingsAndEditableTables() throws Exception {
        Path docx = export(ReportFormat.DOCX, dir.resolve("summary.docx"));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings2 = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(headings2.contains("Scenario 1: " + summary.scenarios().get(0).title()), headings2.toString());
            assertTrue(headings2.contains("Trust between agencies, before and after"));
            assertEquals(1, doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            assertEquals("Agency", doc.getTables().get(0).getRow(0).getCell(0).getText());
            assertEquals("Police", doc.getTables().get(0).getRow(1).getCell(0).getText());
            assertEquals("5", doc.getTables().get(0).getRow(1).getCell(1).getText());
        }
        assertTrue(ReadBack.docxText(docx).contains("Fear of being blamed for sharing too much."));
    }

    @Test
    void theHtmlIsSelfContainedWithARestrictivePolicy() throws Exception {
        Document html = ReadBack.html(export(ReportFormat.HTML, dir.resolve("summary.html")));
        assertEquals(summary.cover().title(), html.title());
        String csp = html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp);
        assertTrue(html.select("script, link, img, iframe, object").isEmpty());
        assertTrue(html.select("[style]").isEmpty(), "no inline styles: the policy refuses them");
        String body = html.body().text();
        assertTrue(body.contains("Recording a decision not to share matters as much as recording a share."));
        assertEquals(9, html.select("h3:matchesOwn(^Stage \\d)").size(), "three scenarios of three stages");
        assertEquals(3, html.select("h3:matchesOwn(^Threshold chart$)").size());
        assertEquals(1, html.select("h2:matchesOwn(^What each agency needs the others to know$)").size());
        assertTrue(body.contains("Tenancy sustainment team"), "the example's housing card");
    }

    @Test
    void theMarkdownRendersWithTheSameContent() throws Exception {
        Document md = ReadBack.markdown(export(ReportFormat.MD, dir.resolve("summary.md")));
        assertEquals(summary.cover().title(), md.selectFirst("h1").text());
        String text = md.text();
        assertTrue(text.contains("| Police | 5 |"), "a GitHub table, as plain text under core CommonMark");
        assertTrue(text.contains("Different thresholds in each agency's policy."));
        assertTrue(md.select("a, img, script").isEmpty());
    }

    @Test
    void theCsvFilesAgreeWithTheSummaryAndNeverShowASmallAgencyAlone() throws Exception {
        Path folder = dir.resolve("csv");
        new ExportSession(db, ExampleSession.builder(db)).export(id, ReportFormat.CSV, folder, true, step -> { });
        for (String name : List.of("agenda.csv", "responses.csv", "trust.csv", "confidence.csv", "myths.csv", "notes.csv",
                "actions.csv", "data-dictionary.csv")) {
            assertTrue(Files.exists(folder.resolve(name)), name);
        }
        List<CSVRecord> responses = ReadBack.csv(folder.resolve("responses.csv"));
        SessionSummary.StageSection first = summary.scenarios().get(0).stages().get(0);
        int total = responses.stream().filter(r -> r.get("scenario").equals(summary.scenarios().get(0).title())
                && r.get("stage").equals("1")).mapToInt(r -> Integer.parseInt(r.get("count"))).sum();
        assertEquals(first.totalAnswers(), total);
        assertFalse(responses.stream().anyMatch(r -> r.get("agency").equals("Probation")),
                "probation's two people are below the threshold of 3");
        List<CSVRecord> trust = ReadBack.csv(folder.resolve("trust.csv"));
        assertFalse(trust.stream().anyMatch(r -> r.get("from_agency").equals("Probation")));
        assertTrue(trust.stream().anyMatch(r -> r.get("to_agency").equals("Probation")), "being rated reveals nothing");
        assertEquals(3, ReadBack.csv(folder.resolve("actions.csv")).size());
        assertEquals(summary.agenda().size(), ReadBack.csv(folder.resolve("agenda.csv")).size());
    }

    @Test
    void leavingOutNotesLeavesOutEveryPieceOfFreeText() throws Exception {
        SessionSummary bare = ExampleSession.builder(db).build(id, false);
        Path md = dir.resolve("bare.md");
        new ReportFiles(AtomicFile.forExports(db.file(), Leftovers.none()), false).write(bare, ReportFormat.MD, md);
        String text = Files.readString(md);
        assertFalse(text.contains("Fear of being blamed"));
        assertFalse(text.contains("below our threshold"), "table decisions' reasons are free text too");
        assertFalse(text.contains("Tenancy sustainment team"), "agency cards are free text too");
        assertTrue(text.contains("Free\\-text notes were left out"));
    }
}
