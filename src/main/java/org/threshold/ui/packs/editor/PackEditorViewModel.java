package org.threshold.ui.packs.editor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.threshold.content.PackValidator;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Navigator;
import org.threshold.ui.common.Problems;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.ui.packs.editor.OutlineItem.Kind;
import org.threshold.workshop.PackLibrary;

/**
 * Editing one pack. The draft is an immutable {@link Pack} replaced on every change and checked
 * by {@link PackValidator} at once, so the problems list is always the one a save would meet;
 * Save is possible only while there are none. Nothing is stored until Save. Never touches a Node.
 */
public final class PackEditorViewModel {
    private final String packId;
    private final PackLibrary library;
    private final DialogService dialogs;
    private final BackgroundWork work;
    private final Navigator navigator;
    private final PackValidator validator = new PackValidator();

    private final ReadOnlyObjectWrapper<Pack> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<OutlineItem> outline = FXCollections.observableArrayList();
    private final ObjectProperty<OutlineItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canSave;
    private PackLibrary.LoadedPack loaded;

    public PackEditorViewModel(String packId, PackLibrary library, TaskExecutor tasks, DialogService dialogs,
                               Navigator navigator) {
        this.packId = packId;
        this.library = library;
        this.dialogs = dialogs;
        this.work = new BackgroundWork(tasks, dialogs, "Threshold");
        this.canSave = Bindings.createBooleanBinding(
                () -> draft.get() != null && dirty.get() && problems.isEmpty() && !readOnly.get() && !work.isBusy(),
                draft, dirty, problems, readOnly, work.busyProperty());
        this.navigator = navigator;
        draft.addListener((obs, old, pack) -> {
            problems.setAll(pack == null ? List.of() : validator.refusal(pack).map(PackFormatException::lines).orElse(List.of()));
            updateOutline(pack);
        });
    }

    public void load() {
        perform(() -> library.find(packId).orElseThrow(() -> new IllegalStateException(
                "The pack \u201c" + packId + "\u201d is no longer in the library.")), pack -> {
            loaded = pack;
            readOnly.set(pack.bundled());
            draft.set(pack.pack());
            dirty.set(false);
            selected.set(OutlineItem.of(Kind.DETAILS));
            status.set(pack.bundled() ? "This pack ships with Threshold and cannot be changed: duplicate it to customise it."
                    : "Changes are checked as you type and saved when you choose Save (Ctrl+S).");
        });
    }

    public ReadOnlyObjectProperty<Pack> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** Every problem with the draft as {@code place: message}, exactly as PackValidator reports it. */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public ObservableList<OutlineItem> outline() {
        return FXCollections.unmodifiableObservableList(outline);
    }

    public ObjectProperty<OutlineItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Applies one change to the draft; a read-only pack ignores it. */
    public void edit(UnaryOperator<Pack> change) {
        if (readOnly.get() || draft.get() == null) {
            return;
        }
        Pack next = change.apply(draft.get());
        if (!next.equals(draft.get())) {
            draft.set(next);
            dirty.set(true);
        }
    }

    public void editScenario(int scenario, UnaryOperator<Scenario> change) {
        edit(p -> PackEdits.scenario(p, scenario, change));
    }

    public void editStage(int scenario, int stage, UnaryOperator<Stage> change) {
        edit(p -> PackEdits.stage(p, scenario, stage, change));
    }

    /** Adds a scenario after the one chosen (or at the end) with three stages to fill in, and shows it. */
    public void addScenario() {
        Pack pack = draft.get();
        if (readOnly.get() || pack == null) {
            return;
        }
        int at = selectedScenario().map(i -> i + 1).orElse(pack.scenarios().size());
        String id = PackEdits.freeId("new-scenario", pack.scenarios().stream().map(Scenario::id).toList());
        List<String> references = pack.references().stream().map(Reference::id).toList();
        edit(p -> PackEdits.scenarios(p, PackEdits.insert(p.scenarios(), at, PackEdits.newScenario(id, references))));
        selected.set(OutlineItem.scenario(at));
    }

    /** Adds a stage after the chosen one, or at the end of the chosen scenario, and shows it. */
    public void addStage() {
        OutlineItem item = selected.get();
        if (readOnly.get() || draft.get() == null || item == null || item.scenario() < 0) {
            return;
        }
        int scenario = item.scenario();
        int at = item.kind() == Kind.STAGE ? item.stage() + 1 : draft.get().scenarios().get(scenario).stages().size();
        editScenario(scenario, s -> PackEdits.stages(s, PackEdits.insert(s.stages(), at, PackEdits.newStage(at + 1))));
        selected.set(OutlineItem.stage(scenario, at));
    }

    /** Moves the chosen scenario or stage up ({@code -1}) or down ({@code +1}) among its neighbours. */
    public void moveSelected(int offset) {
        OutlineItem item = selected.get();
        if (item == null || readOnly.get()) {
            return;
        }
        if (item.kind() == Kind.SCENARIO) {
            int target = item.scenario() + offset;
            edit(p -> PackEdits.scenarios(p, PackEdits.move(p.scenarios(), item.scenario(), offset)));
            if (target >= 0 && target < draft.get().scenarios().size()) {
                selected.set(OutlineItem.scenario(target));
            }
        } else if (item.kind() == Kind.STAGE) {
            int target = item.stage() + offset;
            editScenario(item.scenario(), s -> PackEdits.stages(s, PackEdits.move(s.stages(), item.stage(), offset)));
            if (target >= 0 && target < draft.get().scenarios().get(item.scenario()).stages().size()) {
                selected.set(OutlineItem.stage(item.scenario(), target));
            }
        }
    }

    /** Removes the chosen scenario (after asking) or stage. */
    public void removeSelected() {
        OutlineItem item = selected.get();
        if (item == null || readOnly.get() || draft.get() == null) {
            return;
        }
        if (item.kind() == Kind.SCENARIO) {
            String title = draft.get().scenarios().get(item.scenario()).title();
            if (dialogs.confirm("Remove scenario", "Remove \u201c" + title + "\u201d and all its stages from this pack?"
                    + " Nothing is saved until you choose Save.", "Remove scenario")) {
                edit(p -> PackEdits.scenarios(p, PackEdits.remove(p.scenarios(), item.scenario())));
                selected.set(draft.get().scenarios().isEmpty() ? OutlineItem.of(Kind.DETAILS)
                        : OutlineItem.scenario(Math.max(0, item.scenario() - 1)));
            }
        } else if (item.kind() == Kind.STAGE) {
            editScenario(item.scenario(), s -> PackEdits.stages(s, PackEdits.remove(s.stages(), item.stage())));
            selected.set(item.stage() > 0 ? OutlineItem.stage(item.scenario(), item.stage() - 1)
                    : OutlineItem.scenario(item.scenario()));
        }
    }

    /** What the outline shows for an item, from the draft as it is now. */
    public String label(OutlineItem item) {
        return PackOutline.label(draft.get(), item);
    }

    /** Shows the part of the pack a problem line names, when it names a scenario or a stage. */
    public void showProblem(String line) {
        PackOutline.problemTarget(line).ifPresent(selected::set);
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        Pack pack = draft.get();
        perform(() -> library.save(pack), saved -> {
            loaded = saved;
            dirty.set(false);
            status.set("Saved \u201c" + pack.metadata().title() + "\u201d. Workshops already planned keep the content they have.");
        });
    }

    /** Makes a customisable copy of the pack as it was loaded and opens that instead. */
    public void duplicate() {
        if (loaded != null && !(dirty.get() && !discardChanges())) {
            perform(() -> library.duplicate(loaded), copy -> navigator.editPack(copy.id()));
        }
    }

    /** Back to the library, asking first when there are unsaved changes. */
    public void close() {
        if (!dirty.get() || discardChanges()) {
            navigator.showPacks();
        }
    }

    private boolean discardChanges() {
        return dialogs.confirm("Unsaved changes", "Leave without saving your changes to this pack?", "Discard changes");
    }

    private Optional<Integer> selectedScenario() {
        OutlineItem item = selected.get();
        return item == null || item.scenario() < 0 ? Optional.empty() : Optional.of(item.scenario());
    }

    private void updateOutline(Pack pack) {
        List<OutlineItem> items = PackOutline.items(pack);
        if (!items.equals(outline)) {
            outline.setAll(items);
        }
    }

    /** A save the validator refuses lists its problems before the message says so. */
    private <T> void perform(Callable<T> task, Consumer<T> then) {
        work.run(task, then, failure -> {
            if (failure instanceof PackFormatException e) {
                problems.setAll(e.lines());
            }
            dialogs.showError("Threshold", Problems.describe(failure));
        });
    }
}
