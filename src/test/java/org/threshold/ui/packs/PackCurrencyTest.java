package org.threshold.ui.packs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionDetails;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.plan.PlanViewModel;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionPlanner;

/** Choosing a pack, in the library or for a workshop, shows when its law was checked and warns when that is old. */
class PackCurrencyTest {
    @TempDir
    Path dir;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void theLibraryShowsTheDateOfTheChosenPackAndWarnsAfterAYear() {
        try (Database db = Database.open(dir.resolve("l.db"))) {
            PackLibraryViewModel fresh = new PackLibraryViewModel(new PackLibrary(new PackRepository(db),
                    at("2027-01-10T09:00:00Z")), new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator());
            assertNull(fresh.currencyProperty().get(), "no pack chosen, nothing to say");
            fresh.refresh();
            fresh.selectedProperty().set(fresh.packs().get(0));
            assertFalse(fresh.currencyProperty().get().stale());
            assertTrue(fresh.currencyProperty().get().message().contains("20 November 2026"));

            PackLibraryViewModel later = new PackLibraryViewModel(new PackLibrary(new PackRepository(db),
                    at("2028-02-01T09:00:00Z")), new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator());
            later.refresh();
            later.selectedProperty().set(later.packs().get(0));
            assertTrue(later.currencyProperty().get().stale());
            assertTrue(later.currencyProperty().get().message().contains("more than 12 months ago"));
        }
    }

    @Test
    void planningWithAnOldPackWarnsAndSwitchingPacksSaysWhenItWasChecked() {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            Clock clock = at("2028-02-01T09:00:00Z");
            PackLibrary library = new PackLibrary(new PackRepository(db), clock);
            SessionPlanner planner = new SessionPlanner(db, library, clock);
            long session = new SessionCatalog(db, clock).create(SessionDetails.of("Leeds", LocalDate.of(2028, 3, 1),
                    "Civic Hall", "A. F.")).id();
            ScriptedDialogs dialogs = new ScriptedDialogs().answeringConfirmations(false);
            PlanViewModel plan = new PlanViewModel(session, planner, new DirectTaskExecutor(), dialogs, new RecordingNavigator());
            plan.load();
            assertTrue(plan.currencyProperty().get().stale());
            plan.usePack(library.duplicate(library.defaultPack()));
            assertTrue(dialogs.confirmations.get(0).contains("more than 12 months ago"), dialogs.confirmations.toString());
        }
    }
}
