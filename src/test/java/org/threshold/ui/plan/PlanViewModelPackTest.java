package org.threshold.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionDetails;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionPlanner;

class PlanViewModelPackTest {
    @TempDir
    Path dir;
    Database db;
    PackLibrary library;
    SessionPlanner planner;
    long session;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("plan.db"));
        library = new PackLibrary(new PackRepository(db));
        planner = new SessionPlanner(db, library, Clock.systemUTC());
        session = new SessionCatalog(db, Clock.systemUTC())
                .create(SessionDetails.of("Leeds", LocalDate.of(2026, 10, 14), "Civic Hall", "A. F.")).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPlannedWorkshopSwitchesPackAfterAsking() {
        PackLibrary.LoadedPack copy = library.duplicate(library.defaultPack());
        PlanViewModel model = new PlanViewModel(session, planner, new DirectTaskExecutor(), dialogs, new RecordingNavigator());
        model.load();
        assertEquals(List.of("threshold-core-england", copy.id()), model.packChoices().stream().map(PackLibrary.LoadedPack::id).toList());

        assertEquals(model.packChoices().get(0).pack(), model.packProperty().get(), "the bundled pack is the one in use");
        dialogs.answeringConfirmations(false);
        model.usePack(copy);
        assertEquals("threshold-core-england", model.packProperty().get().metadata().id());

        dialogs.answeringConfirmations(true);
        model.usePack(copy);
        assertEquals(copy.id(), model.packProperty().get().metadata().id());
        assertEquals(copy.id(), planner.snapshotPack(session).metadata().id());
        assertEquals(2, dialogs.confirmations.size());
    }
}
