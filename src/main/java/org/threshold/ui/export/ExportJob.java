package org.threshold.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.threshold.report.ReportFormat;
import org.threshold.report.SafeFileNames;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Problems;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.DestinationExists;
import org.threshold.workshop.summary.ProgressStep;

/**
 * What every export shares: a format, where to save, progress while it runs, a plain error,
 * and the files written. Progress steps arrive on the worker thread and are handed to the
 * {@code ui} executor (Platform::runLater in the app, direct in tests) before they touch a property.
 */
public final class ExportJob {
    /**
     * The blocking part: runs off the UI thread with the values chosen when it started. With
     * {@code mayReplace} false it throws {@link DestinationExists} rather than replace what is there.
     */
    @FunctionalInterface
    public interface Work {
        List<Path> run(ReportFormat format, Path target, boolean mayReplace, Consumer<ProgressStep> progress);
    }

    private final BackgroundWork work;
    private final DialogService dialogs;
    private final FileOpener opener;
    private final Executor ui;
    private final String stem;
    private final String chooserTitle;

    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(this, "format", ReportFormat.PDF);
    private final ObjectProperty<Path> destination = new SimpleObjectProperty<>(this, "destination");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<List<Path>> written = new ReadOnlyObjectWrapper<>(this, "written", List.of());
    private final ReadOnlyObjectWrapper<Path> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** The save dialog asks before its answer replaces a file, so that answer needs no second question. */
    private Path confirmedByChooser;

    /** @param stem the words a suggested file name is made from, such as the session title and date */
    public ExportJob(TaskExecutor tasks, DialogService dialogs, FileOpener opener, Executor ui, String stem,
                     String chooserTitle) {
        this.work = new BackgroundWork(tasks, dialogs, chooserTitle);
        this.dialogs = dialogs;
        this.opener = opener;
        this.ui = ui;
        this.stem = stem;
        this.chooserTitle = chooserTitle;
        format.addListener((obs, old, now) -> {
            if (destination.get() != null && now != null) {
                destination.set(withFormat(destination.get(), old, now));
            }
        });
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Path> destinationProperty() {
        return destination;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** What "Open" and "Show in folder" act on: the file, or for CSV the folder; null until an export finishes. */
    public ReadOnlyObjectProperty<Path> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** A name that is safe on every file system, such as "Northfield-partnership-2026-10-14.pdf". */
    public String suggestedName() {
        ReportFormat chosen = format.get();
        return SafeFileNames.of(stem, chosen.isFolder() ? "" : chosen.extension());
    }

    /** Offers {@code folder} with the suggested name, unless the facilitator has already chosen where to save. */
    public void suggestFolder(Path folder) {
        if (destination.get() == null && folder != null) {
            destination.set(folder.resolve(suggestedName()));
        }
    }

    public void chooseDestination() {
        String title = format.get().isFolder() ? chooserTitle + " (a folder of CSV files with this name)" : chooserTitle;
        dialogs.chooseFileToSave(title, suggestedName()).ifPresent(chosen -> {
            destination.set(chosen);
            confirmedByChooser = chosen;
        });
    }

    /**
     * Asks where to save first if nobody has said; does nothing while an export is running. A
     * file already there is replaced only once the facilitator agrees (the save dialog's own
     * question counts, for the name it returned).
     */
    public void start(Work job) {
        if (work.isBusy()) {
            return;
        }
        if (destination.get() == null) {
            chooseDestination();
            if (destination.get() == null) {
                return;
            }
        }
        ReportFormat chosen = format.get();
        Path target = destination.get();
        run(job, chosen, target, !chosen.isFolder() && target.equals(confirmedByChooser));
    }

    private void run(Work job, ReportFormat chosen, Path target, boolean mayReplace) {
        error.set("");
        written.set(List.of());
        result.set(null);
        progress.set(0);
        step.set("Starting");
        work.run(() -> job.run(chosen, target, mayReplace, update -> ui.execute(() -> show(update))), files -> {
            progress.set(1);
            written.set(List.copyOf(files));
            result.set(chosen.isFolder() || files.isEmpty() ? target : files.get(0));
            step.set(chosen.isFolder() ? "Saved " + files.size() + " files in " + target : "Saved " + result.get());
        }, failure -> {
            progress.set(0);
            step.set("");
            if (failure instanceof DestinationExists exists) {
                askToReplace(job, chosen, target, exists);
            } else {
                error.set(Problems.describe(failure));
            }
        });
    }

    private void askToReplace(Work job, ReportFormat chosen, Path target, DestinationExists exists) {
        String what = chosen.isFolder() ? "The folder " + exists.path() + " already holds an earlier CSV export."
                : exists.path() + " already exists.";
        if (dialogs.confirm("Replace?", what + " Replace it with this export?", "Replace")) {
            run(job, chosen, target, true);
        } else {
            error.set(what + " Nothing was saved; choose another name to keep both.");
        }
    }

    public void openResult() {
        if (result.get() != null) {
            opener.open(result.get());
        }
    }

    public void showInFolder() {
        if (result.get() != null) {
            opener.showInFolder(result.get());
        }
    }

    /** Sets an error without running anything, for a choice the facilitator still has to make. */
    void refuse(String message) {
        error.set(message);
    }

    private void show(ProgressStep update) {
        progress.set(update.fraction());
        step.set(update.message());
    }

    /** Keeps the chosen folder and name when the format changes, swapping the extension. */
    static Path withFormat(Path path, ReportFormat old, ReportFormat now) {
        String name = path.getFileName().toString();
        if (old != null && !old.isFolder() && name.toLowerCase(Locale.ROOT).endsWith("." + old.extension())) {
            name = name.substring(0, name.length() - old.extension().length() - 1);
        }
        String renamed = now.isFolder() ? name : name + "." + now.extension();
        return path.resolveSibling(renamed);
    }
}
