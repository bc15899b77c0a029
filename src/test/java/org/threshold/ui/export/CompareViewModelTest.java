package org.threshold.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.report.ReportFormat;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.workshop.SessionOverview;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.summary.CompareSessions;
import org.threshold.workshop.PackDecoder;
import org.threshold.workshop.summary.SummaryBuilder;

class CompareViewModelTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;
    List<SessionOverview> sessions;

    @BeforeEach
    void setUp() {
        fixture = new WorkshopFixture(dir);
        fixture.examples.create();
        fixture.examples.create();
        sessions = fixture.catalog.list();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private CompareViewModel model() {
        CompareSessions compare = new CompareSessions(fixture.database,
                new SummaryBuilder(fixture.database, PackDecoder.strict(), fixture.clock, ZoneOffset.UTC),
                fixture.clock, ZoneOffset.UTC);
        return new CompareViewModel(sessions, sessions.get(0), compare, LocalDate.of(2026, 10, 20),
                new DirectTaskExecutor(), new ScriptedDialogs(), new ExportViewModelTest.RecordingOpener(), Runnable::run);
    }

    @Test
    void theSelectedWorkshopStartsTickedAndOneIsNotEnough() {
        CompareViewModel model = model();
        assertEquals(1, model.chosenCountProperty().get());
        model.job().destinationProperty().set(dir.resolve("c.pdf"));
        model.export();
        assertEquals(CompareViewModel.TOO_FEW, model.job().errorProperty().get());
        assertNull(model.job().resultProperty().get());
    }

    @Test
    void twoTickedWorkshopsMakeAComparisonReport() throws Exception {
        CompareViewModel model = model();
        model.choices().get(1).chosenProperty().set(true);
        assertTrue(model.enoughChosen().get());
        model.job().formatProperty().set(ReportFormat.HTML);
        model.job().destinationProperty().set(dir.resolve(model.job().suggestedName()));
        model.export();

        assertEquals("", model.job().errorProperty().get());
        Path report = model.job().resultProperty().get();
        assertEquals("Workshop-comparison-2026-10-20.html", report.getFileName().toString());
        assertTrue(Files.size(report) > 0);
        assertTrue(Files.readString(report).contains("Comparison of 2 workshops"));
    }
}
