package org.threshold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.BasisChoices;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.OptionKind;
import org.threshold.store.AgendaRepository;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.store.ResponseRepository;
import org.threshold.store.TrustRepository;
import org.threshold.workshop.ExampleWorkshop;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.summary.ExportSession;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.summary.SummaryBuilder;

/**
 * The example workshop run from the bundled England pack, with a layered table decision, a
 * requester's stage, a trust "don't know" and myth rounds before and after, read back from every
 * export format.
 */
class EnglandPackExportTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), LONDON);
    static final String LAYERED = "article-6=recognised-legitimate-interests;special-category=preventing-crime;"
            + "confidentiality=public-interest";

    @TempDir
    static Path dir;
    static Database db;
    static long id;
    static SessionSummary summary;

    @BeforeAll
    static void run() {
        db = Database.open(dir.resolve("threshold.db"));
        id = new ExampleWorkshop(db, new PackLibrary(new PackRepository(db), CLOCK), CLOCK).create().id();
        AgendaItem jo = new AgendaRepository(db).list(id).stream()
                .filter(i -> i.contentRef().equals("behind-the-front-door")).findFirst().orElseThrow();
        ResponseRepository responses = new ResponseRepository(db);
        String[] police = {"record-and-offer", "respect-wish", "hold", "give-details", "tell-police-idva"};
        for (int s = 0; s < police.length; s++) {
            DecisionKey key = new DecisionKey(jo.id(), s);
            responses.replaceAgencyAnswers(id, key, "police", List.of(new Response(key, "police", 1, police[s], 5,
                    ResponseSource.TABLE_DECISION, "", "", 3, "")), CLOCK.instant());
        }
        DecisionKey helpline = new DecisionKey(jo.id(), 1);
        responses.replaceAgencyAnswers(id, helpline, "voluntary-sector", List.of(new Response(helpline, "voluntary-sector",
                1, "refer-marac", 3, ResponseSource.TABLE_DECISION, "police", BasisChoices.parse(LAYERED).stored(), 4,
                "High risk on the Dash")), CLOCK.instant());
        TrustRepository trust = new TrustRepository(db);
        trust.save(id, new TrustRating(MeasurePhase.BASELINE, "police", "housing", TrustRating.DONT_KNOW, 5, ""));
        trust.save(id, new TrustRating(MeasurePhase.FOLLOW_UP, "police", "housing", 4, 5, ""));
        summary = builder().build(id, true);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static SummaryBuilder builder() {
        return new SummaryBuilder(db, PackDecoder.strict(), CLOCK, LONDON);
    }

    private static Path export(ReportFormat format, Path target) {
        return new ExportSession(db, builder()).export(id, format, target, true, step -> { }).get(0);
    }

    private static SessionSummary.ScenarioSection jo() {
        return summary.scenarios().stream().filter(s -> s.title().startsWith("Behind the front door")).findFirst().orElseThrow();
    }

    @Test
    void theSummaryCarriesLayersRequesterAndMeasuredKnowledge() {
        SessionSummary.ScenarioSection jo = jo();
        SessionSummary.ChartRow police = jo.thresholdChart().stream().filter(r -> r.agency().equals("Police")).findFirst()
                .orElseThrow();
        assertEquals(List.of(OptionKind.WITHHOLD, OptionKind.WITHHOLD, OptionKind.WITHHOLD, OptionKind.SHARE, OptionKind.SHARE),
                police.kinds());
        assertEquals(5, police.firstShareStage(), "giving the caller Jo's address is no joining up");
        assertEquals("the caller", jo.stages().get(3).requester());
        assertEquals("Housing", jo.stages().get(4).decidedBy());
        SessionSummary.Reason reason = jo.stages().get(1).reasons().stream().filter(r -> r.agency().equals("Voluntary sector"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Lawful basis: Recognised legitimate interests (Art 6(1)(ea))",
                "Special category condition: Preventing crime (DPA 2018 Sch 1 para 10)",
                "Confidence: Overriding public interest"), reason.bases().stream().map(Object::toString).toList());
        assertTrue(jo.stages().get(1).guidanceBases().stream().anyMatch(b -> b.toString().startsWith("Lawful basis: Recognised")));
        SessionSummary.TrustRow row = summary.trust().cell("Police", "Housing").orElseThrow();
        assertEquals(null, row.before());
        assertEquals(5, row.dontKnowBefore());
        assertEquals(4.0, row.after());
        assertTrue(summary.myths().stream().allMatch(m -> m.before().ran() && m.after().ran()), "both rounds");
        assertTrue(summary.knowledge().stream().anyMatch(k -> k.agency().equals("Police") && k.change() != null));
    }

    private static void assertEveryFormatSays(String text, String format) {
        for (String expected : List.of("Stage 4 (reply)", "The question is what to tell the caller, who asked.",
                "Decline: confirm nothing, give the caller nothing", "Lawful basis: Recognised legitimate interests (Art 6(1)(ea))",
                "Confidence: Overriding public interest", "Don't know / no contact", "Myth or fact, before and after",
                "Knowledge by agency", "Right answers in myth or fact went from")) {
            assertTrue(text.contains(expected), format + " says " + expected);
        }
    }

    @Test
    void pdfWordHtmlAndMarkdownShowTheNewShape() throws Exception {
        assertEveryFormatSays(ReadBack.flat(ReadBack.pdfText(export(ReportFormat.PDF, dir))), "PDF");
        assertEveryFormatSays(ReadBack.flat(ReadBack.docxText(export(ReportFormat.DOCX, dir.resolve("s.docx")))), "Word");
        assertEveryFormatSays(ReadBack.html(export(ReportFormat.HTML, dir.resolve("s.html"))).body().text(), "HTML");
        assertEveryFormatSays(ReadBack.markdown(export(ReportFormat.MD, dir.resolve("s.md"))).text(), "Markdown");
    }

    @Test
    void theCsvFilesHaveAColumnPerLayerDontKnowAndBothRounds() throws Exception {
        Path folder = dir.resolve("csv");
        new ExportSession(db, builder()).export(id, ReportFormat.CSV, folder, true, step -> { });
        CSVRecord decision = ReadBack.csv(folder.resolve("table-decisions.csv")).stream()
                .filter(r -> r.get("agency").equals("Voluntary sector") && r.get("stage").equals("2")
                        && r.get("scenario").startsWith("Behind the front door")).findFirst().orElseThrow();
        assertEquals("Recognised legitimate interests (Art 6(1)(ea))", decision.get("article_6"));
        assertEquals("Preventing crime (DPA 2018 Sch 1 para 10)", decision.get("special_category"));
        assertEquals("Overriding public interest", decision.get("confidentiality"));
        assertEquals("", decision.get("gateway"));
        CSVRecord trust = ReadBack.csv(folder.resolve("trust.csv")).stream()
                .filter(r -> r.get("from_agency").equals("Police") && r.get("to_agency").equals("Housing")).findFirst().orElseThrow();
        assertEquals("", trust.get("before_mean"));
        assertEquals("5", trust.get("dont_know_before"));
        List<CSVRecord> myths = ReadBack.csv(folder.resolve("myths.csv"));
        assertTrue(myths.stream().anyMatch(r -> r.get("phase").equals("before"))
                && myths.stream().anyMatch(r -> r.get("phase").equals("after")));
        assertTrue(ReadBack.csv(folder.resolve("knowledge.csv")).stream()
                .anyMatch(r -> r.get("agency").equals("Police") && r.get("phase").equals("after")));
    }
}
