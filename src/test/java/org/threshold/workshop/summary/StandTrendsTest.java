package org.threshold.workshop.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.ActionStatus;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.ComparisonSummary;
import org.threshold.report.PartnershipTrend;
import org.threshold.report.ReadBack;
import org.threshold.report.ReportFormat;
import org.threshold.report.SessionSummary;
import org.threshold.store.Database;
import org.threshold.store.SessionRepository;
import org.threshold.store.StandRepository;
import org.threshold.testing.StandPack;
import org.threshold.workshop.stand.CarriedAction;
import org.threshold.workshop.stand.Partnerships;

/** Comparing workshops of one partnership: how it moved, and what became of each workshop's actions. */
class StandTrendsTest {
    @TempDir
    Path dir;

    @Test
    void theComparisonFollowsThePartnershipAndTheActionsTheNextWorkshopReported() throws Exception {
        try (Database db = Database.open(dir.resolve("threshold.db"))) {
            WorkshopSession spring = StandPack.example(db);
            WorkshopSession autumn = StandPack.example(db);
            WorkshopSession elsewhere = StandPack.example(db);
            SessionRepository sessions = new SessionRepository(db);
            sessions.updateDetails(elsewhere.id(), new SessionDetails("Southgate", elsewhere.date(), "", "", 240, 3,
                    "Southgate Partnership"), elsewhere.updatedAt());
            // Police move on a stage between the workshops.
            new StandRepository(db).replacePlacements(autumn.id(), "police", List.of(new JourneyPlacement("police", 1,
                    "ready", 5, ResponseSource.TABLE_DECISION)));
            new StandRepository(db).replacePlacements(spring.id(), "police", List.of(new JourneyPlacement("police", 1,
                    "scoping", 5, ResponseSource.TABLE_DECISION)));
            Partnerships partnerships = new Partnerships(db, ExampleSession.CLOCK);
            List<CarriedAction> carried = partnerships.toReview(autumn.id());
            CarriedAction fromStand = carried.stream().filter(a -> !a.statementId().isEmpty()).findFirst().orElseThrow();
            partnerships.report(autumn.id(), fromStand, ActionStatus.DONE);

            CompareSessions compare = new CompareSessions(db, ExampleSession.builder(db), ExampleSession.CLOCK,
                    ExampleSession.LONDON);
            ComparisonSummary comparison = compare.compare(List.of(autumn.id(), elsewhere.id(), spring.id()), step -> { });
            assertEquals(1, comparison.partnerships().size(), "Southgate has one workshop here: nothing to follow");
            PartnershipTrend trend = comparison.partnerships().get(0);
            assertEquals("Tallowford Safeguarding Partnership", trend.partnership());
            assertEquals(List.of(2, 0), trend.sessions(), "spring (S3) before autumn (S1), in the order held");
            PartnershipTrend.JourneyTrend police = trend.journey().stream().filter(j -> j.agency().equals("Police"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("Scoping", "Getting ready"), police.placedAt());
            assertEquals("\u25B2 1 stage", police.moved());
            assertTrue(trend.journey().stream().noneMatch(j -> j.agency().equals("Probation")), "hidden in each session");
            assertEquals(3, trend.statements().size());
            assertTrue(trend.statements().stream().allMatch(s -> s.change() != null && s.means().size() == 2));
            PartnershipTrend.ActionOutcome done = trend.actions().stream().filter(a -> a.action().equals(fromStand.text()))
                    .findFirst().orElseThrow();
            assertEquals("Done", done.status());
            assertEquals("S3", done.agreedIn());
            assertEquals("S1", done.reportedIn());
            assertTrue(trend.actions().stream().anyMatch(a -> a.status().equals("Not reported")));

            Path md = dir.resolve("compare.md");
            compare.export(List.of(autumn.id(), spring.id()), ReportFormat.MD, md, false, step -> { });
            String text = ReadBack.markdown(md).text();
            assertTrue(text.contains("Where the partnership stands, over time"));
            assertTrue(text.contains("Done (S1)"), text);
            Path csv = dir.resolve("compare-csv");
            compare.export(List.of(autumn.id(), spring.id()), ReportFormat.CSV, csv, false, step -> { });
            assertTrue(Files.readString(csv.resolve("partnership-actions.csv")).contains("Done"));
            assertTrue(Files.readString(csv.resolve("partnership-journey.csv")).contains("Getting ready"));
            assertTrue(Files.readString(csv.resolve("data-dictionary.csv")).contains("partnership-readiness.csv"));
        }
    }

    @Test
    void sessionsOfNoPartnershipAreComparedWithoutATrendAndSaySo() throws Exception {
        try (Database db = Database.open(dir.resolve("threshold.db"))) {
            WorkshopSession a = ExampleSession.create(db);
            WorkshopSession b = ExampleSession.create(db);
            SessionRepository sessions = new SessionRepository(db);
            sessions.updateDetails(a.id(), new SessionDetails(a.title(), a.date(), "", "", 210, 3, ""), a.updatedAt());
            CompareSessions compare = new CompareSessions(db, ExampleSession.builder(db), ExampleSession.CLOCK,
                    ExampleSession.LONDON);
            assertTrue(compare.compare(List.of(a.id(), b.id()), step -> { }).partnerships().isEmpty());
            Path md = dir.resolve("none.md");
            compare.export(List.of(a.id(), b.id()), ReportFormat.MD, md, false, step -> { });
            assertTrue(ReadBack.markdown(md).text().contains("give each of its workshops the same partnership name"));
        }
    }

    @Test
    void anArchiveCarriesTheAnswersTheActionsLinksAndTheReviews() throws Exception {
        Path archive = dir.resolve("stand.threshold.json");
        SessionSummary original;
        try (Database here = Database.open(Files.createDirectory(dir.resolve("here")).resolve("threshold.db"))) {
            WorkshopSession source = StandPack.example(here);
            original = ExampleSession.builder(here).build(source.id(), true);
            new ArchiveSession(here, ExampleSession.CLOCK).export(source.id(), archive, false, step -> { });
        }
        try (Database there = Database.open(Files.createDirectory(dir.resolve("there")).resolve("threshold.db"))) {
            WorkshopSession imported = new ImportArchive(there, ExampleSession.CLOCK).importFile(archive, step -> { });
            SessionSummary copy = ExampleSession.builder(there).build(imported.id(), true);
            assertEquals(original.stand(), copy.stand());
            assertTrue(!copy.stand().actions().isEmpty() && !copy.stand().reviewed().isEmpty());
            assertEquals("Tallowford Safeguarding Partnership", imported.partnership());
        }
    }
}
