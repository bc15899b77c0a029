package org.threshold.workshop.run;

import java.util.List;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.pack.Pack;
import org.threshold.workshop.stand.StandStep;

/**
 * Moves through a running agenda step by step. A scenario has one step per stage and a last
 * step for its debrief; a myth-or-fact round has one step per statement; "where we stand" has one
 * step each for the journey, the readiness statements and the actions; anything else is one step.
 */
public final class AgendaCursor {
    private final List<AgendaItem> agenda;
    private final Pack pack;

    public AgendaCursor(List<AgendaItem> agenda, Pack pack) {
        this.agenda = List.copyOf(agenda);
        this.pack = pack;
    }

    public int steps(int itemIndex) {
        AgendaItem item = agenda.get(itemIndex);
        if (item.kind() == AgendaItemKind.SCENARIO) {
            return pack.scenario(item.contentRef()).map(s -> s.stages().size() + 1).orElse(1);
        }
        if (item.kind() == AgendaItemKind.QUIZ) {
            return Math.max(1, pack.exercises().mythOrFact().size());
        }
        if (item.kind() == AgendaItemKind.WHERE_WE_STAND) {
            return StandStep.values().length;
        }
        return 1;
    }

    /** Brings a saved position inside the agenda as it is now (items may have been removed since). */
    public AgendaPosition clamp(AgendaPosition position) {
        if (agenda.isEmpty()) {
            return AgendaPosition.START;
        }
        int item = Math.min(position.itemIndex(), agenda.size() - 1);
        int stage = Math.min(position.stageIndex(), steps(item) - 1);
        return new AgendaPosition(item, stage);
    }

    public AgendaPosition next(AgendaPosition position) {
        AgendaPosition at = clamp(position);
        if (at.stageIndex() + 1 < steps(at.itemIndex())) {
            return new AgendaPosition(at.itemIndex(), at.stageIndex() + 1);
        }
        if (at.itemIndex() + 1 < agenda.size()) {
            return new AgendaPosition(at.itemIndex() + 1, 0);
        }
        return at;
    }

    public AgendaPosition previous(AgendaPosition position) {
        AgendaPosition at = clamp(position);
        if (at.stageIndex() > 0) {
            return new AgendaPosition(at.itemIndex(), at.stageIndex() - 1);
        }
        if (at.itemIndex() > 0) {
            int item = at.itemIndex() - 1;
            return new AgendaPosition(item, steps(item) - 1);
        }
        return at;
    }

    public AgendaPosition jumpTo(int itemIndex) {
        return clamp(new AgendaPosition(Math.max(0, itemIndex), 0));
    }

    public boolean isLast(AgendaPosition position) {
        AgendaPosition at = clamp(position);
        return at.itemIndex() == agenda.size() - 1 && at.stageIndex() == steps(at.itemIndex()) - 1;
    }

    /** True on a scenario's debrief step, after its last stage. */
    public boolean isDebrief(AgendaPosition position) {
        AgendaPosition at = clamp(position);
        AgendaItem item = agenda.get(at.itemIndex());
        return item.kind() == AgendaItemKind.SCENARIO && at.stageIndex() == steps(at.itemIndex()) - 1;
    }
}
