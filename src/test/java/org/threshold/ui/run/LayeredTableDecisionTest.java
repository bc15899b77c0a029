package org.threshold.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.BasisChoices;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.report.SessionSummary;
import org.threshold.store.Database;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.testing.Workshops;
import org.threshold.workshop.run.WorkshopRunner;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.summary.SummaryBuilder;

/** A table's answer to each legal question, entered in the room, saved, and read back in the summary. */
class LayeredTableDecisionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:30:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    void eachLayerIsAnsweredSavedAndSummarised() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            long session = Workshops.plan(db, CLOCK, MeasuresViewModelTest.ROOM, List.of(
                    AgendaItem.planned(AgendaItemKind.SCENARIO, "Lifts from the retail park", "lifts-from-the-retail-park", 35)));
            RunViewModel run = new RunViewModel(session, new WorkshopRunner(db, Workshops.planner(db, CLOCK), CLOCK),
                    new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator(), CLOCK);
            run.start();
            run.next();
            run.next();
            assertEquals(2, run.stateProperty().get().position().stageIndex(), "the strategy discussion");
            BasisChoices bases = new BasisChoices(Map.of(BasisLayerKind.ARTICLE_6, "law-enforcement",
                    BasisLayerKind.SPECIAL_CATEGORY, "law-enforcement-safeguarding", BasisLayerKind.GATEWAY, "ca-1989-s47"));
            run.recordTableDecision(run.stateProperty().get(), "police", new TableDecision("share-with-grading", "childrens-social-care", bases.stored(),
                    4, "The strategy discussion is where it belongs"));
            assertEquals(bases, BasisChoices.parse(run.answers().get(0).basis()));

            SessionSummary summary = new SummaryBuilder(db, PackDecoder.strict(), CLOCK, CLOCK.getZone()).build(session, false);
            SessionSummary.Reason reason = summary.scenarios().get(0).stages().get(2).reasons().get(0);
            assertEquals(List.of("Lawful basis: Law enforcement (DPA 2018 Part 3)",
                    "Special category condition: Law enforcement: safeguarding (Sch 8 para 4)",
                    "Gateway: Children Act 1989 s47 enquiries"), reason.bases().stream().map(Object::toString).toList());
            assertEquals("", reason.rationale(), "free text stays out when notes are left out; the legal answers do not");
            assertTrue(summary.scenarios().get(0).stages().get(2).guidanceBases().stream()
                    .anyMatch(b -> b.toString().equals("Gateway: Children Act 1989 s47 enquiries")));
        }
    }
}
