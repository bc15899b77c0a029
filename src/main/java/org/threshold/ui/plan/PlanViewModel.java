package org.threshold.ui.plan;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.Navigator;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.DefaultAgenda;
import org.threshold.workshop.LawCurrency;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionPlanner;

/** Planning a workshop: who is coming and the agenda. Every change is saved as it is made. */
public final class PlanViewModel {
    private final long sessionId;
    private final SessionPlanner planner;
    private final BackgroundWork work;
    private final DialogService dialogs;
    private final Navigator navigator;

    private final ReadOnlyObjectWrapper<WorkshopSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Pack> pack = new ReadOnlyObjectWrapper<>(this, "pack");
    private final ReadOnlyObjectWrapper<LawCurrency> currency = new ReadOnlyObjectWrapper<>(this, "currency");
    private final ObservableList<AgendaItem> agenda = FXCollections.observableArrayList();
    private final ObservableList<String> templateNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<PackLibrary.LoadedPack> packChoices = FXCollections.observableArrayList();
    private final ActionReviewViewModel actionReview;
    private final ComingAgencies agencies;
    private final IntegerBinding totalMinutes = Bindings.createIntegerBinding(() -> DefaultAgenda.totalMinutes(agenda), agenda);

    public PlanViewModel(long sessionId, SessionPlanner planner, TaskExecutor tasks, DialogService dialogs,
                         Navigator navigator) {
        this.sessionId = sessionId;
        this.planner = planner;
        this.work = new BackgroundWork(tasks, dialogs, "Threshold");
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.actionReview = new ActionReviewViewModel(sessionId, planner.partnerships(), tasks, dialogs);
        this.agencies = new ComingAgencies(sessionId, planner, work);
    }

    /** The partnership's last workshop's actions, to say what became of each before this one. */
    public ActionReviewViewModel actionReview() {
        return actionReview;
    }

    public void load() {
        work.run(() -> planner.load(sessionId), this::show);
        work.run(planner::availablePacks, packChoices::setAll);
        work.run(() -> planner.templates().names(), templateNames::setAll);
    }

    /** The packs this workshop can run from: bundled, imported and customised. */
    public ObservableList<PackLibrary.LoadedPack> packChoices() {
        return FXCollections.unmodifiableObservableList(packChoices);
    }

    /** Runs a planned workshop from another pack, after asking: its agenda becomes that pack's default agenda. */
    public void usePack(PackLibrary.LoadedPack chosen) {
        Pack current = pack.get();
        if (chosen == null || current == null || (chosen.id().equals(current.metadata().id())
                && chosen.pack().equals(current))) {
            return;
        }
        if (dialogs.confirm("Change content", "Run this workshop from \u201c" + chosen.pack().metadata().title()
                + "\u201d, version " + chosen.pack().metadata().version() + "? The agenda is replaced with that pack's"
                + " default agenda. " + planner.currency(chosen.pack()).message(), "Use this pack")) {
            work.run(() -> planner.usePack(sessionId, chosen), plan -> {
                show(plan);
                status.set("Now runs from \u201c" + chosen.pack().metadata().title() + "\u201d.");
            });
        } else {
            pack.set(null);
            pack.set(current);
        }
    }

    public ReadOnlyObjectProperty<WorkshopSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Pack> packProperty() {
        return pack.getReadOnlyProperty();
    }

    /** When the chosen pack's law was last checked, and whether to warn that it is old. */
    public ReadOnlyObjectProperty<LawCurrency> currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ObservableList<AgencyRow> agencies() {
        return agencies.rows();
    }

    public ObservableList<AgendaItem> agenda() {
        return FXCollections.unmodifiableObservableList(agenda);
    }

    public IntegerBinding totalMinutesBinding() {
        return totalMinutes;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public List<Scenario> scenarios() {
        return pack.get() == null ? List.of() : pack.get().scenarios();
    }

    /**
     * Which agencies are coming with fewer people than the anonymity threshold, said while planning:
     * the room will never see their answers on their own. Empty when there are none.
     */
    public ReadOnlyStringProperty smallGroupsProperty() {
        return agencies.smallGroupsProperty();
    }

    /** Saves who is coming; called whenever a tick, headcount or table count changes. */
    public void saveAgencies() {
        agencies.save(status::set);
    }

    public void addScenario(Scenario scenario, int at) {
        insert(AgendaItem.planned(AgendaItemKind.SCENARIO, scenario.title(), scenario.id(), 35), at);
    }

    /** Offered when an open question is added; the facilitator words their own. */
    public static final String OPEN_QUESTION_EXAMPLE = "What stops you sharing information with other agencies?";

    /** An open question, answered on phones: the title is the question itself, kept to one line's worth. */
    public void addOpenQuestion(String question, int at) {
        String text = question.strip().replaceAll("\\s+", " ");
        insert(AgendaItem.planned(AgendaItemKind.OPEN_QUESTION, text.length() > 200 ? text.substring(0, 200) : text, "", 10),
                at);
    }

    public void addItem(AgendaItemKind kind, int at) {
        String ref = kind == AgendaItemKind.TRUST_EXERCISE || kind == AgendaItemKind.CONFIDENCE_CHECK
                || kind == AgendaItemKind.QUIZ ? phaseFor(kind) : "";
        int minutes = switch (kind) {
            case BREAK -> 10;
            case WHERE_WE_STAND -> 25;
            default -> 15;
        };
        insert(AgendaItem.planned(kind, kind.label(), ref, minutes), at);
    }

    public void move(int index, int offset) {
        int target = index + offset;
        if (index < 0 || index >= agenda.size() || target < 0 || target >= agenda.size()) {
            return;
        }
        List<AgendaItem> items = new ArrayList<>(agenda);
        items.add(target, items.remove(index));
        saveAgenda(items);
    }

    public void remove(int index) {
        if (index >= 0 && index < agenda.size()) {
            List<AgendaItem> items = new ArrayList<>(agenda);
            items.remove(index);
            saveAgenda(items);
        }
    }

    public void setMinutes(int index, int minutes) {
        if (index >= 0 && index < agenda.size() && minutes >= 0 && agenda.get(index).plannedMinutes() != minutes) {
            AgendaItem i = agenda.get(index);
            List<AgendaItem> items = new ArrayList<>(agenda);
            items.set(index, new AgendaItem(i.id(), i.position(), i.kind(), i.title(), i.contentRef(), minutes,
                    i.startedAt(), i.endedAt()));
            saveAgenda(items);
        }
    }

    /** The names of the saved agenda templates, for the agenda menu; read with the plan, off the FX thread. */
    public ObservableList<String> templateNames() {
        return FXCollections.unmodifiableObservableList(templateNames);
    }

    public void saveAsTemplate(String name) {
        List<AgendaItem> items = List.copyOf(agenda);
        work.run(() -> {
            planner.templates().save(name, items);
            return planner.templates().names();
        }, names -> {
            templateNames.setAll(names);
            status.set("Saved this agenda as the template \u201c" + name.strip() + "\u201d.");
        });
    }

    public void useTemplate(String name) {
        if (dialogs.confirm("Use a template", "Replace this agenda with the template \u201c" + name + "\u201d?",
                "Replace agenda")) {
            work.run(() -> planner.useTemplate(sessionId, name), saved -> {
                agenda.setAll(saved);
                status.set("Agenda from the template \u201c" + name + "\u201d: " + DefaultAgenda.totalMinutes(saved) + " minutes.");
            });
        }
    }

    public void useDefaultAgenda() {
        if (pack.get() != null && dialogs.confirm("Default agenda",
                "Replace this agenda with the default half-day agenda?", "Replace agenda")) {
            saveAgenda(DefaultAgenda.from(pack.get()));
        }
    }

    public void run() {
        if (agenda.isEmpty()) {
            dialogs.showInformation("Nothing to run", "Add at least one item to the agenda first.");
            return;
        }
        navigator.runSession(sessionId);
    }

    public void saveDetails(SessionDetails details) {
        work.run(() -> {
            planner.saveDetails(sessionId, details);
            return planner.load(sessionId);
        }, plan -> {
            show(plan);
            status.set("Details saved.");
        });
    }

    public void back() {
        navigator.showHome();
    }

    private void insert(AgendaItem item, int at) {
        List<AgendaItem> items = new ArrayList<>(agenda);
        items.add(at < 0 || at > items.size() ? items.size() : at, item);
        saveAgenda(items);
    }

    private void saveAgenda(List<AgendaItem> items) {
        work.run(() -> planner.saveAgenda(sessionId, items), saved -> {
            agenda.setAll(saved);
            status.set("Agenda saved: " + DefaultAgenda.totalMinutes(saved) + " minutes.");
        });
    }

    private String phaseFor(AgendaItemKind kind) {
        boolean hasBaseline = agenda.stream().anyMatch(i -> i.kind() == kind);
        return hasBaseline ? "FOLLOW_UP" : "BASELINE";
    }

    private void show(SessionPlanner.Plan plan) {
        // The partnership may have been named or changed with the details: its last workshop follows.
        actionReview.load();
        session.set(plan.session());
        currency.set(planner.currency(plan.pack()));
        pack.set(plan.pack());
        agenda.setAll(plan.agenda());
        agencies.show(plan);
    }
}
