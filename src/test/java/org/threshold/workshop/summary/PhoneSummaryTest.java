package org.threshold.workshop.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.report.ReadBack;
import org.threshold.report.ReportFormat;
import org.threshold.report.SessionSummary;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.phones.AnswerInput;
import org.threshold.workshop.phones.DeviceTokens;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.phones.RoomQuestion;
import org.threshold.workshop.phones.RoomQuestions;
import org.threshold.workshop.run.RunState;

/**
 * Every summary format carries the phones' answers with their source, the
 * approved open answers (escaped in each format) and how many people answered each question.
 * Phones and a show of hands combine per agency, and a phone counts once for suppression.
 */
class PhoneSummaryTest {
    static final String SCRIPT = "<script>alert(1)</script> fear of blame";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\") no time";

    @TempDir
    Path dir;
    WorkshopFixture fixture;
    PhoneAnswers phones;
    long session;
    RunState state;

    @BeforeEach
    void aWorkshopAnsweredOnPhonesAndByHand() {
        fixture = new WorkshopFixture(dir);
        phones = new PhoneAnswers(fixture.database, fixture.clock, new DeviceTokens(new SecureRandom()));
        session = fixture.catalog.create(SessionDetails.of("Phones summary", LocalDate.of(2026, 10, 14), "", "")).id();
        fixture.planner.load(session);
        fixture.planner.saveAgencies(session, List.of(new SessionAgency("police", "Police", 5, 1),
                new SessionAgency("health", "Health / NHS", 4, 1), new SessionAgency("housing", "Housing", 2, 1)));
        fixture.planner.saveAgenda(session, List.of(
                AgendaItem.planned(AgendaItemKind.SCENARIO, "Quiet concerns", "quiet-concerns", 30),
                AgendaItem.planned(AgendaItemKind.OPEN_QUESTION, "What stops you sharing?", "", 10)));
        phones.setPhonesOn(session, true);
        state = fixture.runner.start(session);
        String code = phones.room(session).joinCode();
        for (int i = 0; i < 3; i++) {
            answer(code, "police", "share-now", null);
        }
        String housing = answer(code, "housing", "seek-advice", null);
        for (String option : new String[] {"share-now", "seek-consent", "seek-advice"}) {
            phones.answer(session, RoomQuestions.of(state), housing, new AnswerInput(RoomQuestions.of(state).id(), option,
                    null, null, null, null, null, null));
        }
        fixture.runner.recordAnswers(state, "health", List.of(Response.hands(state.key(), "health", "seek-advice", 4)));
        state = fixture.runner.jumpTo(state, 1);
        answer(code, "police", null, SCRIPT);
        answer(code, "health", null, FORMULA);
        answer(code, "health", null, "Still waiting for the facilitator");
        phones.sessionAnswers(session).stream().filter(a -> !a.text().startsWith("Still"))
                .forEach(a -> phones.moderate(session, a, org.threshold.domain.Moderation.APPROVED));
    }

    @Test
    void everyFormatSaysHowManyAnsweredAndHowAndShowsOnlyApprovedOpenAnswersAsText() throws Exception {
        ExportSession export = exporter();
        Path out = Files.createDirectories(dir.resolve("out"));
        Path html = export.export(session, ReportFormat.HTML, out.resolve("s.html"), true, step -> { }).get(0);
        Path md = export.export(session, ReportFormat.MD, out.resolve("s.md"), true, step -> { }).get(0);
        Path pdf = export.export(session, ReportFormat.PDF, out.resolve("s.pdf"), true, step -> { }).get(0);
        Path docx = export.export(session, ReportFormat.DOCX, out.resolve("s.docx"), true, step -> { }).get(0);
        export.export(session, ReportFormat.CSV, out.resolve("csv"), true, step -> { });

        Document page = ReadBack.html(html);
        assertTrue(page.select("script").isEmpty(), "a phone's markup is never a tag");
        String text = page.text();
        assertTrue(text.contains("How the room answered") && text.contains(SCRIPT) && text.contains(FORMULA), text);
        assertFalse(text.contains("Still waiting"), "a waiting answer is never exported");
        assertTrue(text.contains("Show of hands and phones"), "the sources of the stage's figures");
        Document markdown = ReadBack.markdown(md);
        assertTrue(markdown.select("script").isEmpty());
        assertTrue(markdown.text().contains(SCRIPT) && markdown.text().contains("How the room answered"));
        for (String extracted : new String[] {ReadBack.flat(ReadBack.pdfText(pdf)), ReadBack.flat(ReadBack.docxText(docx))}) {
            assertTrue(extracted.contains("How the room answered") && extracted.contains("fear of blame")
                    && extracted.contains("no time"), extracted);
            assertFalse(extracted.contains("Still waiting"));
        }

        List<CSVRecord> answered = ReadBack.csv(out.resolve("csv").resolve("answered.csv"));
        CSVRecord stage = answered.get(0);
        assertEquals("8", stage.get("people"), "3 police phones, 1 housing phone however often it changed, 4 hands");
        assertEquals("4", stage.get("on_phones"));
        assertEquals("Show of hands and phones", stage.get("sources"));
        List<CSVRecord> open = ReadBack.csv(out.resolve("csv").resolve("open-answers.csv"));
        assertEquals(2, open.size());
        assertTrue(open.stream().anyMatch(r -> r.get("answer").equals("'" + FORMULA)), "a formula is neutralised");
        List<CSVRecord> responses = ReadBack.csv(out.resolve("csv").resolve("responses.csv"));
        assertTrue(responses.stream().anyMatch(r -> r.get("agency").equals("Police") && r.get("stage").equals("1")
                && r.get("option_kind").equals("Share") && r.get("count").equals("3")), "phones count in the results");
    }

    @Test
    void aGroupIsItsDistinctPhonesSoOnePhoneChangingItsAnswerNeverMakesItBigEnoughToShow() {
        SessionSummary summary = new SummaryBuilder(fixture.database, PackDecoder.strict(), fixture.clock,
                ZoneId.of("Europe/London")).build(session, true);
        SessionSummary.StageSection stage = summary.scenarios().get(0).stages().get(0);
        List<String> shown = stage.rows().stream().map(SessionSummary.AgencyRow::agency).toList();
        assertTrue(shown.contains("Police") && shown.contains("Health / NHS"), shown.toString());
        assertFalse(shown.contains("Housing"), "one housing phone is one person, below the threshold of 3");
        assertTrue(stage.hiddenNote().startsWith("Not counted: 1 agency"), stage.hiddenNote());
    }

    @Test
    void anArchiveCarriesThePhonesAnswersUnderNewNamesAndTheOtherInstallationSumsThemAlike() throws Exception {
        Path archive = new ArchiveSession(fixture.database, fixture.clock).export(session, dir.resolve("day.threshold"),
                false, step -> { });
        String json = Files.readString(archive);
        for (var answer : phones.sessionAnswers(session)) {
            assertFalse(json.contains(answer.device()), "a phone's pseudonym stays on the laptop");
        }
        try (WorkshopFixture other = new WorkshopFixture(Files.createDirectories(dir.resolve("elsewhere")))) {
            long imported = new ImportArchive(other.database, other.clock).importFile(archive, step -> { }).id();
            assertEquals(phones.sessionAnswers(session).size(), SessionData.read(other.database, imported)
                    .deviceAnswers().size());
            SessionSummary here = new SummaryBuilder(fixture.database, PackDecoder.strict(), fixture.clock,
                    ZoneId.of("Europe/London")).build(session, true);
            SessionSummary there = new SummaryBuilder(other.database, PackDecoder.strict(), other.clock,
                    ZoneId.of("Europe/London")).build(imported, true);
            assertEquals(here.scenarios().get(0).stages(), there.scenarios().get(0).stages());
            assertEquals(here.answering(), there.answering());
        }
    }

    @Test
    void withoutNotesTheOpenAnswersAreLeftOutButTheCountsStay() throws Exception {
        Path html = exporter().export(session, ReportFormat.HTML, dir.resolve("no-notes.html"), false, step -> { }).get(0);
        String text = ReadBack.html(html).text();
        assertFalse(text.contains("fear of blame"), text);
        assertTrue(text.contains("How the room answered") && text.contains("left out of this export"), text);
    }

    private ExportSession exporter() {
        return new ExportSession(fixture.database, new SummaryBuilder(fixture.database, PackDecoder.strict(), fixture.clock,
                ZoneId.of("Europe/London")));
    }

    /** A new phone joins as {@code agency} and answers the question on now; returns its token. */
    private String answer(String code, String agency, String option, String text) {
        String token = phones.join(session, code, agency, null);
        RoomQuestion question = RoomQuestions.of(state);
        phones.answer(session, question, token, new AnswerInput(question.id(), option, null, null, null, null, null, text));
        return token;
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        fixture.close();
    }
}
