package org.threshold.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionDetails;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.home.HomeViewModel;
import org.threshold.workshop.WorkshopFixture;

class HomeViewModelTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    RecordingNavigator navigator = new RecordingNavigator();
    HomeViewModel model;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        model = new HomeViewModel(fixture.catalog, fixture.examples, new DirectTaskExecutor(), dialogs, navigator);
        model.refresh();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFirstRunOffersTheWayInAndTheExampleFillsTheList() {
        assertTrue(model.firstRunProperty().get());
        model.openExample();
        assertFalse(model.firstRunProperty().get());
        assertEquals(1, model.sessions().size());
        long id = model.sessions().get(0).session().id();
        assertEquals(List.of("plan " + id), navigator.visits);
        assertTrue(model.statusProperty().get().contains("example"));
    }

    @Test
    void creatingOpensTheNewWorkshopsPlan() {
        model.createSession(SessionDetails.of("Leicester day", LocalDate.of(2026, 6, 3), "", ""));
        assertEquals("Leicester day", model.selectedProperty().get().session().title());
        assertEquals(List.of("plan " + model.selectedProperty().get().session().id()), navigator.visits);
    }

    @Test
    void searchNarrowsTheListAndKeepsNothingSelectedThatIsHidden() {
        model.createSession(SessionDetails.of("Leicester day", LocalDate.of(2026, 6, 3), "", ""));
        model.createSession(SessionDetails.of("Manchester day", LocalDate.of(2026, 7, 3), "", ""));
        model.searchTextProperty().set("leicester");
        assertEquals(1, model.sessions().size());
        assertEquals("Leicester day", model.selectedProperty().get().session().title());
        model.searchTextProperty().set("nowhere");
        assertTrue(model.sessions().isEmpty());
        assertNull(model.selectedProperty().get());
    }

    @Test
    void deletingAsksFirstAndCancelKeepsTheWorkshop() {
        model.createSession(SessionDetails.of("Keep me", LocalDate.of(2026, 6, 3), "", ""));
        dialogs.answeringConfirmations(false);
        model.deleteSelected();
        assertEquals(1, model.sessions().size());
        dialogs.answeringConfirmations(true);
        model.deleteSelected();
        assertTrue(model.sessions().isEmpty());
        assertEquals(2, dialogs.confirmations.size());
    }

    @Test
    void deletingOldWorkshopsSaysHowManyAndAsksFirst() {
        model.createSession(SessionDetails.of("Two years ago", LocalDate.of(2024, 6, 3), "", ""));
        model.createSession(SessionDetails.of("This year", LocalDate.of(2026, 6, 3), "", ""));
        dialogs.answeringConfirmations(false);
        model.purgeOlderThan(12);
        assertTrue(dialogs.confirmations.get(0).startsWith("Delete 1 workshop held more than 12 months ago"));
        assertEquals(2, model.sessions().size());
        dialogs.answeringConfirmations(true);
        model.purgeOlderThan(12);
        assertEquals(List.of("This year"), model.sessions().stream().map(o -> o.session().title()).toList());
        model.purgeOlderThan(12);
        assertTrue(dialogs.information.get(0).startsWith("No workshop"));
    }

    @Test
    void duplicatingSelectsTheCopy() {
        model.createSession(SessionDetails.of("Original", LocalDate.of(2026, 6, 3), "", ""));
        model.duplicateSelected();
        assertEquals("Original (copy)", model.selectedProperty().get().session().title());
        assertEquals(2, model.sessions().size());
    }

    @Test
    void aWorkshopInProgressResumesInTheConsole() {
        model.createSession(SessionDetails.of("Running", LocalDate.of(2026, 6, 3), "", ""));
        long id = model.selectedProperty().get().session().id();
        fixture.runner.start(id);
        model.refresh();
        navigator.visits.clear();
        model.openSelected();
        assertEquals(List.of("run " + id), navigator.visits);
    }
}
