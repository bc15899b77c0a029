package org.threshold.ui.export;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.SessionOverview;
import org.threshold.workshop.summary.CompareSessions;

/** Choosing two or more workshops and saving a comparison report of them. Never touches a Node. */
public final class CompareViewModel {
    /** One workshop in the chooser and whether it is ticked. */
    public static final class Choice {
        private final SessionOverview overview;
        private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

        Choice(SessionOverview overview, boolean chosen) {
            this.overview = overview;
            this.chosen.set(chosen);
        }

        public SessionOverview overview() {
            return overview;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    static final String TOO_FEW = "Tick at least two workshops to compare.";

    private final CompareSessions compare;
    private final ExportJob job;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList(
            choice -> new javafx.beans.Observable[] {choice.chosenProperty()});
    private final ReadOnlyIntegerWrapper chosenCount = new ReadOnlyIntegerWrapper(this, "chosenCount");

    /** @param preselected ticked at the start, usually the workshop selected on the home screen; may be null */
    public CompareViewModel(List<SessionOverview> sessions, SessionOverview preselected, CompareSessions compare,
                            LocalDate today, TaskExecutor tasks, DialogService dialogs, FileOpener opener, Executor ui) {
        this.compare = compare;
        this.job = new ExportJob(tasks, dialogs, opener, ui, "Workshop comparison " + today,
                "Save the comparison report");
        sessions.forEach(s -> choices.add(new Choice(s, preselected != null
                && s.session().id() == preselected.session().id())));
        chosenCount.bind(Bindings.createIntegerBinding(
                () -> (int) choices.stream().filter(c -> c.chosenProperty().get()).count(), choices));
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ExportJob job() {
        return job;
    }

    public ReadOnlyIntegerProperty chosenCountProperty() {
        return chosenCount.getReadOnlyProperty();
    }

    public BooleanBinding enoughChosen() {
        return chosenCount.greaterThanOrEqualTo(2);
    }

    public void export() {
        List<Long> ids = choices.stream().filter(c -> c.chosenProperty().get())
                .map(c -> c.overview().session().id()).toList();
        if (ids.size() < 2) {
            job.refuse(TOO_FEW);
            return;
        }
        job.start((format, target, mayReplace, progress) -> compare.export(ids, format, target, mayReplace, progress));
    }
}
