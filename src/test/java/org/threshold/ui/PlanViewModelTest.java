package org.threshold.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.plan.AgencyRow;
import org.threshold.ui.plan.PlanViewModel;
import org.threshold.workshop.WorkshopFixture;

class PlanViewModelTest {
    @TempDir
    Path dir;
    WorkshopFixture fixture;
    RecordingNavigator navigator = new RecordingNavigator();
    long id;
    PlanViewModel model;

    @BeforeEach
    void open() {
        fixture = new WorkshopFixture(dir);
        id = fixture.catalog.create(SessionDetails.of("Plan test", LocalDate.of(2026, 6, 3), "", "")).id();
        model = new PlanViewModel(id, fixture.planner, new DirectTaskExecutor(), new ScriptedDialogs(), navigator);
        model.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNewWorkshopStartsFromTheDefaultAgendaAndThePacksAgencies() {
        assertEquals(AgendaItemKind.WELCOME, model.agenda().get(0).kind());
        assertEquals(AgendaItemKind.CLOSE, model.agenda().get(model.agenda().size() - 1).kind());
        assertEquals(210, model.totalMinutesBinding().get());
        assertEquals(8, model.agencies().size());
        assertTrue(model.agencies().stream().noneMatch(a -> a.presentProperty().get()));
    }

    @Test
    void tickingAnAgencySavesItWithItsCounts() {
        AgencyRow police = model.agencies().get(0);
        police.presentProperty().set(true);
        police.headcountProperty().set(6);
        police.tablesProperty().set(2);
        model.saveAgencies();
        assertEquals(List.of(new SessionAgency("police", "Police", 6, 2)), fixture.catalog.find(id).orElseThrow().agencies());
    }

    @Test
    void planningSaysWhichAgenciesAreTooSmallToBeShownOnTheirOwn() {
        AgencyRow police = model.agencies().get(0);
        police.presentProperty().set(true);
        police.headcountProperty().set(1);
        model.saveAgencies();
        assertEquals("1 agency coming, 1 person. Saved.", model.statusProperty().get());
        assertEquals("Police (1) has fewer than 3 people: the room never sees its answers on their own. They are merged "
                + "with other small groups, or left out.", model.smallGroupsProperty().get());
        police.headcountProperty().set(4);
        AgencyRow probation = model.agencies().stream().filter(a -> a.code().equals("probation")).findFirst().orElseThrow();
        probation.presentProperty().set(true);
        probation.headcountProperty().set(2);
        model.saveAgencies();
        assertEquals("2 agencies coming, 6 people. Saved.", model.statusProperty().get());
        assertTrue(model.smallGroupsProperty().get().startsWith("Probation (2) has fewer than 3 people"));
        probation.headcountProperty().set(3);
        model.saveAgencies();
        assertEquals("", model.smallGroupsProperty().get());
    }

    @Test
    void agendaEditsAreSavedInOrder() {
        model.move(1, -1);
        assertEquals(AgendaItemKind.TRUST_EXERCISE, stored().get(0).kind());
        model.addScenario(model.scenarios().get(5), 0);
        assertEquals(model.scenarios().get(5).id(), stored().get(0).contentRef());
        model.setMinutes(0, 50);
        assertEquals(50, stored().get(0).plannedMinutes());
        int before = stored().size();
        model.remove(0);
        assertEquals(before - 1, stored().size());
        model.addItem(AgendaItemKind.BREAK, 2);
        assertEquals(AgendaItemKind.BREAK, stored().get(2).kind());
    }

    @Test
    void anAgendaSavedAsATemplatePlansAnotherWorkshop() {
        model.remove(0);
        model.saveAsTemplate("Short day");
        assertEquals(List.of("Short day"), model.templateNames());
        long other = fixture.catalog.create(SessionDetails.of("Second site", LocalDate.of(2026, 7, 1), "", "")).id();
        PlanViewModel second = new PlanViewModel(other, fixture.planner, new DirectTaskExecutor(), new ScriptedDialogs(),
                navigator);
        second.load();
        second.useTemplate("Short day");
        assertEquals(model.agenda().stream().map(AgendaItem::title).toList(),
                fixture.catalog.find(other).orElseThrow().agenda().stream().map(AgendaItem::title).toList());
    }

    @Test
    void runningNeedsAnAgenda() {
        model.run();
        assertEquals(List.of("run " + id), navigator.visits);
    }

    private List<AgendaItem> stored() {
        return fixture.catalog.find(id).orElseThrow().agenda();
    }
}
