package org.threshold.ui.home;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Navigator;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.ExampleWorkshop;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionOverview;

/** The list of workshops on this computer and what can be done with them. Never touches a Node. */
public final class HomeViewModel {
    private final SessionCatalog catalog;
    private final ExampleWorkshop examples;
    private final DialogService dialogs;
    private final BackgroundWork work;
    private final Navigator navigator;

    private final ObservableList<SessionOverview> sessions = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<SessionOverview> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper firstRun = new ReadOnlyBooleanWrapper(this, "firstRun");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public HomeViewModel(SessionCatalog catalog, ExampleWorkshop examples, TaskExecutor tasks, DialogService dialogs,
                         Navigator navigator) {
        this.catalog = catalog;
        this.examples = examples;
        this.dialogs = dialogs;
        this.work = new BackgroundWork(tasks, dialogs, "Threshold");
        this.navigator = navigator;
        searchText.addListener((obs, old, text) -> refresh());
    }

    public ObservableList<SessionOverview> sessions() {
        return FXCollections.unmodifiableObservableList(sessions);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<SessionOverview> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** True when there is no workshop at all yet: the screen then shows the two ways in. */
    public ReadOnlyBooleanProperty firstRunProperty() {
        return firstRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The log, where the details of any failure are, for the facilitator or whoever supports them. */
    public void showLog() {
        navigator.showLog();
    }

    public void refresh() {
        refreshThenSelect(selectedId());
    }

    public void createSession(SessionDetails details) {
        perform(() -> catalog.create(details).id(), id -> {
            status.set("Created \u201c" + details.title() + "\u201d.");
            refreshThenSelect(Optional.of(id));
            navigator.openSession(id);
        });
    }

    public void openExample() {
        perform(() -> examples.create().id(), id -> {
            status.set("The example workshop is ready: every screen and export can be tried on it.");
            refreshThenSelect(Optional.of(id));
            navigator.openSession(id);
        });
    }

    /** A workshop already in progress resumes in the console where it stopped; any other opens its plan. */
    public void openSelected() {
        SessionOverview target = selected.get();
        if (target == null) {
            return;
        }
        if (target.session().status() == SessionStatus.RUNNING) {
            navigator.runSession(target.session().id());
        } else {
            navigator.openSession(target.session().id());
        }
    }

    /** The scenario pack library. */
    public void openPacks() {
        navigator.showPacks();
    }

    public void openBackups() {
        navigator.showBackups();
    }

    /** Deletes workshops held more than {@code months} months ago, after saying how many and asking. */
    public void purgeOlderThan(int months) {
        perform(() -> catalog.heldMoreThanMonthsAgo(months).size(), count -> {
            if (count == 0) {
                dialogs.showInformation("Delete old workshops", "No workshop on this computer was held more than "
                        + months + " months ago.");
                return;
            }
            String workshops = count == 1 ? "1 workshop" : count + " workshops";
            if (dialogs.confirm("Delete old workshops", "Delete " + workshops + " held more than " + months
                    + " months ago, with every answer, rating and note recorded in them? This cannot be undone. "
                    + "Backups already taken keep them until they are replaced by newer ones.", "Delete " + workshops)) {
                perform(() -> catalog.purgeHeldMoreThanMonthsAgo(months), deleted -> {
                    status.set("Deleted " + workshops + " held more than " + months + " months ago.");
                    refreshThenSelect(Optional.empty());
                });
            }
        });
    }

    public void duplicateSelected() {
        selectedId().ifPresent(id -> perform(() -> catalog.duplicate(id), copy -> {
            status.set("Duplicated as \u201c" + copy.title() + "\u201d.");
            refreshThenSelect(Optional.of(copy.id()));
        }));
    }

    /** Asks first; deleting removes every answer, rating and note recorded in the session. */
    public void deleteSelected() {
        SessionOverview target = selected.get();
        if (target == null) {
            return;
        }
        WorkshopSession session = target.session();
        boolean sure = dialogs.confirm("Delete workshop",
                "Delete \u201c" + session.title() + "\u201d and everything recorded in it? This cannot be undone.",
                "Delete workshop");
        if (sure) {
            perform(() -> catalog.delete(session.id()), deleted -> {
                status.set("Deleted \u201c" + session.title() + "\u201d.");
                refreshThenSelect(Optional.empty());
            });
        }
    }

    private Optional<Long> selectedId() {
        return Optional.ofNullable(selected.get()).map(o -> o.session().id());
    }

    private void refreshThenSelect(Optional<Long> id) {
        String query = searchText.get();
        perform(() -> {
            List<SessionOverview> all = catalog.list();
            return new Listing(SessionCatalog.matching(all, query), all.isEmpty());
        }, listing -> {
            sessions.setAll(listing.matches());
            firstRun.set(listing.noneAtAll());
            selected.set(id.flatMap(wanted -> listing.matches().stream()
                            .filter(o -> o.session().id() == wanted).findFirst())
                    .orElse(listing.matches().isEmpty() ? null : listing.matches().get(0)));
        });
    }

    private <T> void perform(Callable<T> task, Consumer<T> then) {
        work.run(task, then);
    }

    private record Listing(List<SessionOverview> matches, boolean noneAtAll) {
    }
}
