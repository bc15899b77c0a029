package org.threshold.ui.backups;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Navigator;
import org.threshold.ui.common.Problems;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.backup.BackupService;
import org.threshold.workshop.backup.BackupSummary;
import org.threshold.workshop.backup.RestoreResult;

/** The Backups screen: the backups kept on this computer, taking one now, restoring one, and where they are. */
public final class BackupsViewModel {
    private final BackupService service;
    private final DialogService dialogs;
    private final BackgroundWork work;
    private final Navigator navigator;
    private final FolderOpener folders;
    private final Runnable reopenData;
    private final DateTimeFormatter shown;

    private final ObservableList<BackupSummary> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param reopenData opens the data again after a restore closed it, so every screen shows what was restored
     */
    public BackupsViewModel(BackupService service, TaskExecutor tasks, DialogService dialogs, Navigator navigator,
                            FolderOpener folders, Runnable reopenData, ZoneId zone) {
        this.service = service;
        this.dialogs = dialogs;
        this.work = new BackgroundWork(tasks, dialogs, "Backups");
        this.navigator = navigator;
        this.folders = folders;
        this.reopenData = reopenData;
        this.shown = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.UK).withZone(zone);
    }

    public ObservableList<BackupSummary> backups() {
        return backups;
    }

    public ObjectProperty<BackupSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String folderText() {
        return "Kept in " + service.folder();
    }

    public String when(BackupSummary backup) {
        return shown.format(backup.takenAt());
    }

    public String contents(BackupSummary backup) {
        if (!backup.readable()) {
            return "Cannot be read just now";
        }
        return plural(backup.sessions(), "workshop") + ", " + plural(backup.answers(), "answer") + ", "
                + plural(backup.notes(), "note");
    }

    public void refresh() {
        perform(service::list, this::show);
    }

    public void backUpNow() {
        perform(() -> {
            BackupSummary made = service.backUpNow();
            return new Listed(made, service.list());
        }, listed -> {
            show(listed.all());
            status.set("Backup taken and checked: " + when(listed.made()) + ".");
        });
    }

    /** Asks first; then backs up the data as it is now, puts the chosen backup in its place and reopens the data. */
    public void restoreSelected() {
        BackupSummary chosen = selected.get();
        if (chosen == null || work.isBusy()) {
            return;
        }
        if (!dialogs.confirm("Restore a backup", "Put the backup from " + when(chosen) + " (" + contents(chosen)
                + ") in place of the data in use now?\n\nThreshold first takes a backup of the data as it is now, so "
                + "this can be undone from this screen. Then it closes and reopens its data, and every screen shows "
                + "the restored workshops.", "Back up and restore")) {
            return;
        }
        work.run(() -> service.restore(chosen), this::restored, failure -> {
            dialogs.showError("The backup was not restored", Problems.describe(failure));
            if (!service.isOpen()) {
                reopenData.run();
            }
        });
    }

    public void openFolder() {
        if (!folders.open(service.dataFolder())) {
            dialogs.showInformation("The data folder", "This computer cannot open folders from Threshold. The data "
                    + "is in " + service.dataFolder() + " and the backups in " + service.folder() + ".");
        }
    }

    public void back() {
        navigator.showHome();
    }

    private void restored(RestoreResult result) {
        dialogs.showInformation("Backup restored", "Threshold now uses the backup from " + shown.format(result.restored())
                + ". The data as it was just before is kept as the backup from " + shown.format(result.safetyCopy())
                + ". Threshold reopens its data now.");
        reopenData.run();
    }

    private void show(List<BackupSummary> all) {
        BackupSummary was = selected.get();
        backups.setAll(all);
        selected.set(all.stream().filter(b -> was != null && b.file().equals(was.file())).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0)));
        if (all.isEmpty()) {
            status.set("No backups yet. Threshold takes one every ten minutes while you work, and when a workshop closes.");
        }
    }

    private <T> void perform(Callable<T> task, Consumer<T> then) {
        work.run(task, then);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private record Listed(BackupSummary made, List<BackupSummary> all) {
    }
}
