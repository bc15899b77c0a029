package org.threshold.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.SessionDetails;
import org.threshold.store.Backups;
import org.threshold.store.Database;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.WorkshopFixture;
import org.threshold.workshop.backup.BackupService;
import org.threshold.workshop.backup.BackupSummary;

/** The Backups screen over a real temporary database: list, back up now, restore (asks, backs up first, reopens). */
class BackupsViewModelTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;
    BackupService service;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    RecordingNavigator navigator = new RecordingNavigator();
    List<Path> opened = new ArrayList<>();
    int reopened;
    BackupsViewModel model;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        service = new BackupService(fixture.database, new Backups(dir.resolve("backups"), fixture.clock), fixture.clock);
        model = new BackupsViewModel(service, new DirectTaskExecutor(), dialogs, navigator, folder -> opened.add(folder),
                () -> reopened++, fixture.clock.getZone());
    }

    @AfterEach
    void close() {
        if (service.isOpen()) {
            fixture.close();
        }
    }

    @Test
    void listsTheBackupsNewestFirstWithWhenAndWhatTheyHold() {
        model.refresh();
        assertEquals(List.of(), model.backups());
        assertTrue(model.statusProperty().get().startsWith("No backups yet."));

        fixture.examples.create();
        service.backUpNow();
        fixture.clock.advanceMinutes(15);
        workshop("Second");
        service.backUpNow();
        model.refresh();

        assertEquals(2, model.backups().size());
        BackupSummary newest = model.backups().get(0);
        assertEquals(model.backups().get(0), model.selectedProperty().get(), "the newest is chosen to begin with");
        assertEquals("Wed 14 Oct 2026, 08:45:00", model.when(newest));
        assertEquals(2, newest.sessions());
        assertTrue(newest.answers() > 0, "the example holds fictional answers");
        assertEquals(1, model.backups().get(1).sessions());
        assertTrue(model.contents(newest).startsWith("2 workshops, "), model.contents(newest));
    }

    @Test
    void backUpNowTakesACheckedBackupAndSaysSo() {
        workshop("Morning");
        model.refresh();
        model.backUpNow();
        assertEquals(1, model.backups().size());
        assertEquals(1, model.backups().get(0).sessions());
        assertEquals("Backup taken and checked: Wed 14 Oct 2026, 08:30:00.", model.statusProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void restoreAsksFirstAndChangesNothingWhenTheAnswerIsNo() {
        workshop("Morning");
        model.backUpNow();
        workshop("Afternoon");
        dialogs.answeringConfirmations(false);

        model.restoreSelected();

        assertEquals(1, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.get(0).contains("first takes a backup of the data as it is now"));
        assertTrue(service.isOpen());
        assertEquals(0, reopened);
        assertEquals(2, fixture.catalog.list().size());
        assertEquals(1, service.list().size(), "no backup taken when the answer is no");
    }

    @Test
    void restoreBacksUpTheCurrentStateFirstThenPutsTheChosenBackupInPlaceAndReopens() {
        workshop("Morning");
        model.backUpNow();
        fixture.clock.advanceMinutes(20);
        workshop("Afternoon");

        model.restoreSelected();

        assertEquals(1, dialogs.confirmations.size(), "asked first");
        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, reopened, "the app reopens the data");
        assertFalse(service.isOpen());
        assertTrue(dialogs.information.get(0).contains("backup from Wed 14 Oct 2026, 08:30:00"), dialogs.information.toString());
        assertTrue(dialogs.information.get(0).contains("kept as the backup from Wed 14 Oct 2026, 08:50:00"));
        try (Database db = Database.open(fixture.file)) {
            assertEquals(List.of("Morning"), new SessionCatalog(db, fixture.clock).list().stream()
                    .map(s -> s.session().title()).toList());
            List<BackupSummary> kept = new BackupService(db, new Backups(dir.resolve("backups"), fixture.clock),
                    fixture.clock).list();
            assertEquals(2, kept.size());
            assertEquals(2, kept.get(0).sessions(), "the state before the restore was backed up first");
        }
    }

    @Test
    void openTheDataFolderOpensTheFolderOfTheDatabaseOrSaysWhereItIs() {
        model.openFolder();
        assertEquals(List.of(fixture.file.getParent().toAbsolutePath()), opened);

        BackupsViewModel headless = new BackupsViewModel(service, new DirectTaskExecutor(), dialogs, navigator,
                folder -> false, () -> { }, fixture.clock.getZone());
        headless.openFolder();
        assertTrue(dialogs.information.get(0).contains(dir.resolve("backups").toAbsolutePath().toString()));
    }

    private void workshop(String title) {
        fixture.catalog.create(new SessionDetails(title, LocalDate.of(2026, 10, 14), "", "", 210, 3));
    }
}
