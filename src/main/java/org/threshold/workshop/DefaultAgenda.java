package org.threshold.workshop;

import java.util.ArrayList;
import java.util.List;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;

/**
 * The half-day shape that works for most partnerships: ground rules, a baseline of trust,
 * confidence and knowledge, scenarios with a break, the same measures again, and commitments.
 * The myth-or-fact round runs before and after, so the day's learning is measured, not only
 * felt. 210 minutes.
 */
public final class DefaultAgenda {
    private static final int SCENARIOS = 3;

    private DefaultAgenda() {
    }

    public static List<AgendaItem> from(Pack pack) {
        List<Scenario> scenarios = pack.scenarios().subList(0, Math.min(SCENARIOS, pack.scenarios().size()));
        List<AgendaItem> items = new ArrayList<>();
        items.add(AgendaItem.planned(AgendaItemKind.WELCOME, "Welcome and ground rules", "", 15));
        items.add(AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust grid: where we start",
                MeasurePhase.BASELINE.name(), 15));
        items.add(AgendaItem.planned(AgendaItemKind.CONFIDENCE_CHECK, "Confidence check: before",
                MeasurePhase.BASELINE.name(), 10));
        items.add(AgendaItem.planned(AgendaItemKind.QUIZ, "Myth or fact: before", MeasurePhase.BASELINE.name(), 10));
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            items.add(AgendaItem.planned(AgendaItemKind.SCENARIO, scenario.title(), scenario.id(), 35));
            if (i == 0) {
                items.add(AgendaItem.planned(AgendaItemKind.BREAK, "Break", "", 10));
            }
        }
        items.add(AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust grid: where we finish",
                MeasurePhase.FOLLOW_UP.name(), 10));
        items.add(AgendaItem.planned(AgendaItemKind.CONFIDENCE_CHECK, "Confidence check: after",
                MeasurePhase.FOLLOW_UP.name(), 10));
        items.add(AgendaItem.planned(AgendaItemKind.QUIZ, "Myth or fact: after", MeasurePhase.FOLLOW_UP.name(), 10));
        items.add(AgendaItem.planned(AgendaItemKind.CLOSE, "Commitments and close", "", 15));
        return items;
    }

    public static int totalMinutes(List<AgendaItem> items) {
        return items.stream().mapToInt(AgendaItem::plannedMinutes).sum();
    }
}
