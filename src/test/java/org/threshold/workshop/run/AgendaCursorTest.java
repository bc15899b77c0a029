package org.threshold.workshop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.workshop.PackLibrary;
import org.threshold.store.PackRepository;

class AgendaCursorTest {
    private static final Pack PACK = new PackLibrary((PackRepository) null).defaultPack().pack();
    private static final Scenario FIRST = PACK.scenarios().get(0);
    private static final List<AgendaItem> AGENDA = List.of(
            item(AgendaItemKind.WELCOME, ""),
            item(AgendaItemKind.SCENARIO, FIRST.id()),
            item(AgendaItemKind.QUIZ, ""),
            item(AgendaItemKind.CLOSE, ""));
    private final AgendaCursor cursor = new AgendaCursor(AGENDA, PACK);

    @Test
    void aScenarioHasAStepPerStageThenItsDebrief() {
        assertEquals(FIRST.stages().size() + 1, cursor.steps(1));
        assertEquals(PACK.exercises().mythOrFact().size(), cursor.steps(2));
        assertEquals(1, cursor.steps(0));
        AgendaPosition last = new AgendaPosition(1, FIRST.stages().size());
        assertTrue(cursor.isDebrief(last));
        assertFalse(cursor.isDebrief(new AgendaPosition(1, 0)));
    }

    @Test
    void nextWalksEveryStepAndStopsAtTheEnd() {
        AgendaPosition at = AgendaPosition.START;
        int steps = 1;
        while (!cursor.isLast(at)) {
            at = cursor.next(at);
            steps++;
        }
        assertEquals(1 + FIRST.stages().size() + 1 + PACK.exercises().mythOrFact().size() + 1, steps);
        assertEquals(at, cursor.next(at));
    }

    @Test
    void previousGoesBackIntoThePreviousItemsLastStep() {
        assertEquals(new AgendaPosition(1, FIRST.stages().size()), cursor.previous(new AgendaPosition(2, 0)));
        assertEquals(new AgendaPosition(1, 1), cursor.previous(new AgendaPosition(1, 2)));
        assertEquals(AgendaPosition.START, cursor.previous(AgendaPosition.START));
    }

    @Test
    void aSavedPositionBeyondTheAgendaIsBroughtInside() {
        assertEquals(new AgendaPosition(3, 0), cursor.clamp(new AgendaPosition(9, 4)));
        assertEquals(new AgendaPosition(1, FIRST.stages().size()), cursor.clamp(new AgendaPosition(1, 99)));
        assertEquals(new AgendaPosition(2, 0), cursor.jumpTo(2));
    }

    private static AgendaItem item(AgendaItemKind kind, String ref) {
        return AgendaItem.planned(kind, kind.label(), ref, 10);
    }
}
