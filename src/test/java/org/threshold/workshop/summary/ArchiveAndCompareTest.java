package org.threshold.workshop.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.ComparisonSummary;
import org.threshold.report.ReportFormat;
import org.threshold.report.SessionArchive;
import org.threshold.report.SessionSummary;
import org.threshold.store.AgendaRepository;
import org.threshold.store.Database;
import org.threshold.store.SessionRepository;
import org.threshold.store.SnapshotRepository;

class ArchiveAndCompareTest {
    @TempDir
    Path dir;

    @Test
    void anArchiveImportsElsewhereWithNewIdsTheSameUidAndTheSameSummary() throws Exception {
        Path archive = dir.resolve("session.threshold.json");
        SessionSummary original;
        WorkshopSession source;
        int agendaItems;
        try (Database here = Database.open(dir.resolve("here.db"))) {
            // A first session in the source installation, so the archived ids differ from those it will get.
            ExampleSession.create(here);
            source = ExampleSession.create(here);
            original = ExampleSession.builder(here).build(source.id(), true);
            agendaItems = new AgendaRepository(here).list(source.id()).size();
            new ArchiveSession(here, ExampleSession.CLOCK).export(source.id(), archive, false, step -> { });
        }
        try (Database there = Database.open(dir.resolve("there.db"))) {
            WorkshopSession imported = new ImportArchive(there, ExampleSession.CLOCK).importFile(archive, step -> { });
            assertEquals(source.uid(), imported.uid());
            assertNotEquals(source.id(), imported.id());
            assertEquals(source.status(), imported.status());
            assertEquals(source.position(), imported.position());
            assertTrue(new SnapshotRepository(there).find(imported.id()).isPresent());
            assertEquals(agendaItems, new AgendaRepository(there).list(imported.id()).size());
            assertEquals(original, ExampleSession.builder(there).build(imported.id(), true),
                    "answers and notes followed their agenda items to the new ids");

            SummaryException again = assertThrows(SummaryException.class,
                    () -> new ImportArchive(there, ExampleSession.CLOCK).importFile(archive, step -> { }));
            assertTrue(again.getMessage().contains("is already in this database"), again.getMessage());
            assertEquals(1, new SessionRepository(there).list().size());
        }
    }

    @Test
    void aDamagedArchiveIsRefusedWithAPlainMessageAndChangesNothing() throws Exception {
        Path archive = dir.resolve("a.json");
        try (Database here = Database.open(dir.resolve("here.db"))) {
            WorkshopSession s = ExampleSession.create(here);
            new ArchiveSession(here, ExampleSession.CLOCK).export(s.id(), archive, false, step -> { });
        }
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, Files.readString(archive).replaceFirst("\"title\"", "\"sneaky\" : 1, \"title\""));
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, Files.readString(archive)
                .replace("\"formatVersion\" : " + SessionArchive.VERSION, "\"formatVersion\" : 9"));
        Path dangling = dir.resolve("dangling.json");
        Files.writeString(dangling, Files.readString(archive).replaceFirst("\"agendaItemId\" : \\d+", "\"agendaItemId\" : 999999"));
        try (Database there = Database.open(dir.resolve("there.db"))) {
            ImportArchive importer = new ImportArchive(there, ExampleSession.CLOCK);
            String message = assertThrows(SummaryException.class, () -> importer.importFile(unknown, s -> { })).getMessage();
            assertTrue(message.contains("sneaky") && message.contains("session"), message);
            message = assertThrows(SummaryException.class, () -> importer.importFile(newer, s -> { })).getMessage();
            assertTrue(message.contains("newer version"), message);
            message = assertThrows(SummaryException.class, () -> importer.importFile(dangling, s -> { })).getMessage();
            assertTrue(message.endsWith("refers to agenda item 999999, which is not in the archive. Nothing was changed."),
                    message);
            assertTrue(new SessionRepository(there).list().isEmpty(), "a failed import is rolled back whole");
        }
    }

    @Test
    void comparingSessionsGivesTrustChangeThresholdsAndBarriers() throws Exception {
        try (Database db = Database.open(dir.resolve("threshold.db"))) {
            WorkshopSession a = ExampleSession.create(db);
            WorkshopSession b = ExampleSession.create(db);
            CompareSessions compare = new CompareSessions(db, ExampleSession.builder(db), ExampleSession.CLOCK,
                    ExampleSession.LONDON);
            ComparisonSummary c = compare.compare(List.of(a.id(), b.id()), step -> { });
            assertEquals(2, c.sessions().size());
            ComparisonSummary.TrustPair first = c.trust().get(0);
            assertEquals(first.changes().get(0), first.changes().get(1), "the same seeded example twice");
            assertEquals(first.changes().get(0), first.meanChange());
            assertTrue(c.trust().stream().noneMatch(p -> p.from().equals("Probation")), "suppressed in each session");
            assertTrue(c.thresholds().stream().noneMatch(ComparisonSummary.ThresholdDifference::differs));
            assertEquals(3 * 7, c.thresholds().size(), "three shared scenarios, seven agencies shown");
            assertEquals(new ComparisonSummary.Barrier("Fear of being blamed for sharing too much.", 2, 2), c.barriers().get(0));
            for (ReportFormat format : ReportFormat.values()) {
                Path target = dir.resolve("compare." + format.extension());
                List<Path> written = compare.export(List.of(a.id(), b.id()), format, target, false, step -> { });
                assertTrue(Files.size(written.get(0)) > 0, format.name());
            }
            Files.createDirectories(Path.of("target/preview"));
            Files.copy(dir.resolve("compare.pdf"), Path.of("target/preview/compare.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThrows(SummaryException.class, () -> compare.compare(List.of(a.id()), step -> { }));
        }
    }
}
