package org.threshold.ui.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.domain.ActionStatus;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.Dates;
import org.threshold.workshop.stand.CarriedAction;
import org.threshold.workshop.stand.Partnerships;

/**
 * The partnership's last workshop's actions, as the plan shows them: what became of each (done,
 * not done, dropped) is set here, before the next workshop, and kept with it.
 */
public final class ActionReviewViewModel {
    private final long sessionId;
    private final Partnerships partnerships;
    private final BackgroundWork work;
    private final ObservableList<CarriedAction> actions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public ActionReviewViewModel(long sessionId, Partnerships partnerships, TaskExecutor tasks, DialogService dialogs) {
        this.sessionId = sessionId;
        this.partnerships = partnerships;
        this.work = new BackgroundWork(tasks, dialogs, "Threshold");
    }

    public void load() {
        work.run(() -> partnerships.toReview(sessionId), this::show);
    }

    public ObservableList<CarriedAction> actions() {
        return FXCollections.unmodifiableObservableList(actions);
    }

    /** "4 actions from 22 April 2026: 2 done, 1 not done, 1 not reported yet"; empty when there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Records what became of an action; null takes it back to "not reported". */
    public void report(CarriedAction action, ActionStatus status) {
        if (action.status() == status) {
            return;
        }
        work.run(() -> {
            partnerships.report(sessionId, action, status);
            return partnerships.toReview(sessionId);
        }, this::show);
    }

    private void show(List<CarriedAction> loaded) {
        actions.setAll(loaded);
        summary.set(describe(loaded));
    }

    static String describe(List<CarriedAction> actions) {
        if (actions.isEmpty()) {
            return "";
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status.label().toLowerCase(Locale.UK), actions.stream().filter(a -> a.status() == status).count());
        }
        counts.put("not reported yet", actions.stream().filter(a -> !a.reported()).count());
        String from = actions.stream().map(a -> Dates.day(a.fromDate())).distinct().collect(Collectors.joining(", "));
        return actions.size() + (actions.size() == 1 ? " action" : " actions") + " from " + from + ": "
                + counts.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ".";
    }
}
