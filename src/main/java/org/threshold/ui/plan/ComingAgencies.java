package org.threshold.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.PackAgency;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.workshop.SessionPlanner;

/**
 * Who is coming to a planned workshop: a row for every agency of the pack and any other agency
 * already coming, each change saved as it is made, and a warning for groups too small to be seen.
 */
final class ComingAgencies {
    private final long sessionId;
    private final SessionPlanner planner;
    private final BackgroundWork work;
    private final ObservableList<AgencyRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper smallGroups = new ReadOnlyStringWrapper(this, "smallGroups", "");
    private int threshold = WorkshopSession.DEFAULT_ANONYMITY_THRESHOLD;

    ComingAgencies(long sessionId, SessionPlanner planner, BackgroundWork work) {
        this.sessionId = sessionId;
        this.planner = planner;
        this.work = work;
    }

    ObservableList<AgencyRow> rows() {
        return rows;
    }

    ReadOnlyStringProperty smallGroupsProperty() {
        return smallGroups.getReadOnlyProperty();
    }

    /** The rows as planned: the pack's agencies in its order, then any other agency coming. */
    void show(SessionPlanner.Plan plan) {
        threshold = plan.session().anonymityThreshold();
        Map<String, SessionAgency> present = plan.agencies().stream()
                .collect(Collectors.toMap(SessionAgency::code, Function.identity()));
        List<AgencyRow> shown = new ArrayList<>();
        for (PackAgency agency : plan.pack().agencies()) {
            SessionAgency coming = present.remove(agency.id());
            shown.add(coming == null ? new AgencyRow(agency.id(), agency.name(), false, 0, 1)
                    : new AgencyRow(agency.id(), coming.name(), true, coming.headcount(), coming.tables()));
        }
        present.values().forEach(a -> shown.add(new AgencyRow(a.code(), a.name(), true, a.headcount(), a.tables())));
        rows.setAll(shown);
        warnSmallGroups();
    }

    /** Saves who is coming; {@code status} hears how many, once saved. */
    void save(Consumer<String> status) {
        List<SessionAgency> present = rows.stream().filter(r -> r.presentProperty().get())
                .map(AgencyRow::toAgency).toList();
        warnSmallGroups();
        work.run(() -> {
            planner.saveAgencies(sessionId, present);
            return present.size();
        }, count -> status.accept((count == 1 ? "1 agency" : count + " agencies") + " coming, "
                + people(present.stream().mapToInt(SessionAgency::headcount).sum()) + ". Saved."));
    }

    private void warnSmallGroups() {
        List<String> small = rows.stream().filter(r -> r.presentProperty().get() && r.headcountProperty().get() < threshold)
                .map(r -> r.name() + " (" + r.headcountProperty().get() + ")").toList();
        smallGroups.set(small.isEmpty() ? "" : String.join(", ", small) + (small.size() == 1 ? " has" : " have")
                + " fewer than " + threshold + " people: the room never sees " + (small.size() == 1 ? "its" : "their")
                + " answers on their own. They are merged with other small groups, or left out.");
    }

    private static String people(int count) {
        return count == 1 ? "1 person" : count + " people";
    }
}
