package org.threshold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.pack.OptionKind;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Bullets;
import org.threshold.report.ReportDocument.Section;
import org.threshold.report.ReportDocument.Table;
import org.threshold.report.SessionSummary.NoteLine;
import org.threshold.report.SessionSummary.Reason;
import org.threshold.store.AtomicFile;
import org.threshold.store.Leftovers;

/**
 * A board reads the summary whatever the size of the room: a few reasons per answer and a few
 * notes of each kind, the longest first; the appendix beside it keeps every word.
 */
class SummarySizeTest {
    private static final List<String> OPTIONS = List.of("Share now", "Seek advice", "Seek consent", "Hold for now");
    private static final int REASONS_PER_OPTION = 60;
    private static final int NOTES_PER_KIND = 120;

    @TempDir
    Path dir;

    @Test
    void theSummaryQuotesAFewOfTheLongestDistinctReasonsForEachAnswer() {
        SessionSummary big = summary();
        List<String> quoted = bullets(SummaryLayout.layout(big, ReportDetail.SUMMARY, "x-appendix.html"));
        for (String option : OPTIONS) {
            List<String> forOption = quoted.stream().filter(q -> q.contains("(" + letter(option) + ")")).toList();
            List<String> longest = IntStream.range(REASONS_PER_OPTION - ScenarioLayout.REASONS_PER_OPTION, REASONS_PER_OPTION)
                    .mapToObj(i -> reasonLine(option, i)).toList();
            assertEquals(longest, forOption, "the longest, in the order given, the later duplicate of the longest left out");
        }
        int glance = 2;
        assertEquals(glance + OPTIONS.size() * ScenarioLayout.REASONS_PER_OPTION + 4 * SummaryLayout.NOTES_PER_KIND
                + ScenarioLayout.DEBRIEF_NOTES, quoted.size(), "reasons, four kinds of notes and the debrief, capped");
        assertEquals(SummaryLayout.ACTIONS, actionRows(SummaryLayout.layout(big, ReportDetail.SUMMARY, "x")));
        assertEquals(layoutOf(big, ReportDetail.SUMMARY), layoutOf(summary(), ReportDetail.SUMMARY), "deterministic");
    }

    @Test
    void theAppendixAndTheCompleteSummaryKeepEveryWord() {
        SessionSummary big = summary();
        List<String> appendix = bullets(AppendixLayout.layout(big));
        List<String> complete = bullets(SummaryLayout.layout(big, ReportDetail.COMPLETE, ""));
        for (Reason reason : big.scenarios().get(0).stages().get(0).reasons()) {
            assertTrue(appendix.contains(ScenarioLayout.reason(reason)), reason.rationale());
            assertTrue(complete.contains(ScenarioLayout.reason(reason)), reason.rationale());
        }
        for (NoteLine note : big.notes().barriers()) {
            assertTrue(appendix.contains(note.text() + " (" + note.where() + ")"), note.text());
            assertTrue(complete.contains(note.text()), note.text());
        }
        assertEquals(NOTES_PER_KIND, actionRows(AppendixLayout.layout(big)));
    }

    @Test
    void aLongQuoteIsCutInTheSummaryAndWholeInTheAppendix() {
        String longReason = "because ".repeat(200).strip();
        String cut = Representative.clip(longReason);
        assertTrue(cut.length() <= Representative.QUOTE_LENGTH + 1 && cut.endsWith("\u2026"), cut);
        assertEquals("a" + "\ud83d\ude00".repeat((Representative.QUOTE_LENGTH - 1) / 2) + "\u2026",
                Representative.clip("a" + "\ud83d\ude00".repeat(300)), "never half a character");
    }

    @Test
    void theSummaryFileNamesItsAppendixWrittenBesideIt() throws IOException {
        ReportFiles files = new ReportFiles(AtomicFile.forExports(dir.resolve("live.db"), Leftovers.none()), false);
        Path md = dir.resolve("board.md");
        List<Path> written = files.write(summary(), ReportFormat.MD, md, ReportDetail.SUMMARY);
        Path appendix = dir.resolve("board-appendix.md");
        assertEquals(List.of(md, appendix), written);
        assertTrue(Files.readString(md).contains("board\\-appendix\\.md"), "the summary says where the rest is");
        assertTrue(Files.readString(appendix).contains("Barrier number 119 "));
        assertEquals(List.of(dir.resolve("board.pdf")), files.write(summary(), ReportFormat.PDF, dir.resolve("board.pdf"),
                ReportDetail.COMPLETE).stream().filter(Files::exists).toList(), "complete: one file");
        assertEquals(dir.resolve("board-appendix.html"), ReportFiles.appendixFor(dir.resolve("board.docx"), ReportFormat.DOCX));
    }

    /** One stage with many reasons per answer, and many notes of every kind. */
    private static SessionSummary summary() {
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < REASONS_PER_OPTION; i++) {
            for (String option : OPTIONS) {
                reasons.add(new Reason("Agency " + (i % 12), option, "", List.of(), rationale(option, i)));
            }
        }
        // A duplicate of the longest, differing only in case: quoted once.
        reasons.add(new Reason("Agency 0", OPTIONS.get(0), "", List.of(), rationale(OPTIONS.get(0), REASONS_PER_OPTION - 1)
                .toUpperCase(java.util.Locale.ROOT)));
        SessionSummary.StageSection stage = new SessionSummary.StageSection(1, "A neighbour's worry", "What now?",
                OPTIONS.stream().map(o -> new SessionSummary.OptionHeading(o, OptionKind.SHARE)).toList(), List.of(),
                List.of(0, 0, 0, 0), "", 0, "", List.of(), "", "", reasons);
        SessionSummary.ScenarioSection scenario = new SessionSummary.ScenarioSection("Quiet concerns", "", List.of(stage),
                List.of(), "", notes("Debrief"));
        SessionSummary.Cover cover = new SessionSummary.Cover("Big day", LocalDate.of(2026, 10, 14), "14 October 2026",
                "", "", List.of(), "Pack", "uid", 3, true, "15 October 2026");
        SessionSummary.Trust trust = new SessionSummary.Trust("Trust?", List.of(), List.of(), List.of(), List.of(), null,
                null, 0, 0, "", List.of());
        return new SessionSummary(cover, List.of(), List.of(scenario), List.of(), new SessionSummary.Notes(
                notes("Learning"), notes("Discussion"), notes("Action"), notes("Barrier"), notes("Parking")), trust,
                List.of(), List.of(), List.of(), List.of(), new SessionSummary.Answering(List.of(), List.of()));
    }

    private static List<NoteLine> notes(String kind) {
        return IntStream.range(0, NOTES_PER_KIND).mapToObj(i -> new NoteLine(kind + " number " + i + " "
                + "detail ".repeat(i % 7), "Scenario 1", "")).toList();
    }

    /** Longer as i grows, so the last two are the longest. */
    private static String rationale(String option, int i) {
        return "For " + option + " reason " + i + " " + "more ".repeat(i);
    }

    private static String reasonLine(String option, int i) {
        return Representative.clip("Agency " + (i % 12) + " (" + letter(option) + "): " + rationale(option, i));
    }

    /** A summary names an answer by its column's letter. */
    private static String letter(String option) {
        return String.valueOf((char) ('A' + OPTIONS.indexOf(option)));
    }

    private static List<String> bullets(ReportDocument document) {
        List<String> items = new ArrayList<>();
        walk(document.blocks(), block -> {
            if (block instanceof Bullets b) {
                items.addAll(b.items());
            }
        });
        return items;
    }

    private static int actionRows(ReportDocument document) {
        int[] rows = {0};
        walk(document.blocks(), block -> {
            if (block instanceof Table t && t.headers().contains("Action")) {
                rows[0] += t.rows().size();
            }
        });
        return rows[0];
    }

    private static String layoutOf(SessionSummary summary, ReportDetail detail) {
        return new MarkdownWriter().markdown(SummaryLayout.layout(summary, detail, "x"));
    }

    private static void walk(List<Block> blocks, java.util.function.Consumer<Block> visit) {
        for (Block block : blocks) {
            visit.accept(block);
            if (block instanceof Section s) {
                walk(s.blocks(), visit);
            }
        }
    }
}
