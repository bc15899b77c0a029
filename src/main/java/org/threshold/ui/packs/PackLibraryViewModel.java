package org.threshold.ui.packs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.content.PackFormatException;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Navigator;
import org.threshold.ui.common.Problems;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.LawCurrency;
import org.threshold.workshop.LibraryPack;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.PackLibrary.LoadedPack;
import org.threshold.workshop.UnreadablePack;

/** The pack library: every pack to run from, and importing, exporting and customising them. Never touches a Node. */
public final class PackLibraryViewModel {
    private final PackLibrary library;
    private final DialogService dialogs;
    private final BackgroundWork work;
    private final Navigator navigator;

    private final ObservableList<LibraryPack> packs = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryPack> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper readable = new ReadOnlyBooleanWrapper(this, "readable");
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ReadOnlyObjectWrapper<LawCurrency> currency = new ReadOnlyObjectWrapper<>(this, "currency");
    private final ObservableList<String> importProblems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper importHeading = new ReadOnlyStringWrapper(this, "importHeading", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public PackLibraryViewModel(PackLibrary library, TaskExecutor tasks, DialogService dialogs, Navigator navigator) {
        this.library = library;
        this.dialogs = dialogs;
        this.work = new BackgroundWork(tasks, dialogs, "Threshold");
        this.navigator = navigator;
        selected.addListener((obs, old, entry) -> {
            Pack pack = entry instanceof LoadedPack loaded ? loaded.pack() : null;
            readable.set(pack != null);
            currency.set(pack == null ? null : library.currency(pack));
            scenario.set(pack == null || pack.scenarios().isEmpty() ? null : pack.scenarios().get(0));
        });
    }

    /** Every pack in the library, one that no longer reads among them with its problem. */
    public ObservableList<LibraryPack> packs() {
        return FXCollections.unmodifiableObservableList(packs);
    }

    public ObjectProperty<LibraryPack> selectedProperty() {
        return selected;
    }

    /** Whether the chosen pack reads, so it can be read, run from, duplicated and edited; false when none is chosen. */
    public ReadOnlyBooleanProperty readableProperty() {
        return readable.getReadOnlyProperty();
    }

    /** When the chosen pack's law was last checked, and whether to warn that it is old; null when none is chosen. */
    public ReadOnlyObjectProperty<LawCurrency> currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** The scenario shown in the reader. */
    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    /** Each problem of the last refused import, as {@code place: message}; empty when there is none to show. */
    public ObservableList<String> importProblems() {
        return FXCollections.unmodifiableObservableList(importProblems);
    }

    public ReadOnlyStringProperty importHeadingProperty() {
        return importHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public void refresh() {
        refreshThenSelect(Optional.ofNullable(selected.get()).map(LibraryPack::id));
    }

    /** Asks for a file, checks it, asks before replacing a pack of the same id, then stores it. */
    public void importPack() {
        dialogs.chooseFileToOpen("Import a scenario pack", "Scenario packs (*.json)", "*.json")
                .ifPresent(this::importFrom);
    }

    public void importFrom(Path file) {
        String name = String.valueOf(file.getFileName());
        perform(() -> {
            Pack pack = library.readForImport(file);
            return new Candidate(pack, library.wouldReplace(pack.metadata().id()).isPresent());
        }, candidate -> store(name, candidate), failure -> refused(name, failure));
    }

    private void store(String name, Candidate candidate) {
        Pack pack = candidate.pack();
        if (candidate.replaces() && !dialogs.confirm("Replace pack", "The library already has a pack with the id \u201c"
                + pack.metadata().id() + "\u201d. Replace it with \u201c" + pack.metadata().title() + "\u201d, version "
                + pack.metadata().version() + ", from " + name + "? Workshops already planned keep the content they have.",
                "Replace pack")) {
            status.set("Nothing imported: the library is unchanged.");
            return;
        }
        perform(() -> library.importPack(pack, candidate.replaces()), imported -> {
            clearImportProblems();
            status.set("Imported \u201c" + pack.metadata().title() + "\u201d from " + name + ".");
            refreshThenSelect(Optional.of(imported.id()));
        }, failure -> refused(name, failure));
    }

    private void refused(String name, Throwable failure) {
        if (failure instanceof PackFormatException e) {
            importHeading.set(name + " was not imported. Fix " + (e.total() == 1 ? "this problem" : "these "
                    + e.total() + " problems") + " in the file, then import it again:");
            importProblems.setAll(e.lines());
            status.set("Nothing imported: the library is unchanged.");
        } else if (failure instanceof NoSuchFileException) {
            dialogs.showError("Import", name + " is no longer there. Choose the file again.");
        } else if (failure instanceof AccessDeniedException) {
            dialogs.showError("Import", name + " cannot be opened: permission denied.");
        } else if (failure instanceof IOException) {
            dialogs.showError("Import", name + " could not be read. Check the file and try again.");
        } else {
            dialogs.showError("Import", Problems.describe(failure));
        }
    }

    public void clearImportProblems() {
        importProblems.clear();
        importHeading.set("");
    }

    /** A pack that no longer reads is exported as it is stored, so it can be repaired and imported again. */
    public void exportSelected() {
        LibraryPack entry = selected.get();
        if (entry == null) {
            return;
        }
        // The save dialog asks before its answer replaces a file.
        dialogs.chooseFileToSave("Export scenario pack", entry.id() + ".json").ifPresent(file -> perform(
                () -> entry instanceof UnreadablePack broken ? library.exportStoredText(broken, file, true)
                        : library.export((LoadedPack) entry, file, true),
                done -> status.set(entry instanceof UnreadablePack
                        ? "Saved the stored text of \u201c" + entry.title() + "\u201d to " + done
                                + ": fix the problem it names, then import it again."
                        : "Exported \u201c" + entry.title() + "\u201d to " + done + ".")));
    }

    public void duplicateSelected() {
        readableSelection().ifPresent(pack -> perform(() -> library.duplicate(pack), copy -> {
            status.set("Duplicated as \u201c" + copy.pack().metadata().title() + "\u201d: edit it to make it your own.");
            refreshThenSelect(Optional.of(copy.id()));
        }));
    }

    public void editSelected() {
        readableSelection().ifPresent(pack -> navigator.editPack(pack.id()));
    }

    /** The chosen pack when it reads; for one that does not, the status line says why nothing happens. */
    private Optional<LoadedPack> readableSelection() {
        if (selected.get() instanceof UnreadablePack broken) {
            status.set("\u201c" + broken.title() + "\u201d cannot be read, so it cannot be used or edited: "
                    + broken.problem() + ". Export it to repair it, or delete it.");
        }
        return selected.get() instanceof LoadedPack pack ? Optional.of(pack) : Optional.empty();
    }

    /** Asks first; workshops planned with the pack keep their own copy of its content. */
    public void deleteSelected() {
        LibraryPack pack = selected.get();
        if (pack == null || pack.bundled()) {
            return;
        }
        String title = pack.title();
        if (dialogs.confirm("Delete pack", "Delete \u201c" + title + "\u201d from the library? Workshops planned with it"
                + " keep the content they have. Export it first if you may want it again.", "Delete pack")) {
            perform(() -> library.delete(pack.id()), deleted -> {
                status.set("Deleted \u201c" + title + "\u201d.");
                refreshThenSelect(Optional.empty());
            });
        }
    }

    public void back() {
        navigator.showHome();
    }

    private void refreshThenSelect(Optional<String> id) {
        perform(library::listing, list -> {
            packs.setAll(list);
            selected.set(id.flatMap(wanted -> list.stream().filter(p -> p.id().equals(wanted)).findFirst())
                    .orElse(list.isEmpty() ? null : list.get(0)));
        });
    }

    private <T> void perform(Callable<T> task, Consumer<T> then) {
        work.run(task, then);
    }

    private <T> void perform(Callable<T> task, Consumer<T> then, Consumer<Throwable> failed) {
        work.run(task, then, failed);
    }

    private record Candidate(Pack pack, boolean replaces) {
    }
}
