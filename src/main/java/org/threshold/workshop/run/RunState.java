package org.threshold.workshop.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;

/**
 * Where a running workshop is, with everything both windows need to draw it. Immutable: each move makes a new one.
 *
 * @param arrivedAt when the facilitator came to the current item this time; null when not known
 */
public record RunState(
        WorkshopSession session,
        List<SessionAgency> agencies,
        List<AgendaItem> agenda,
        Pack pack,
        AgendaPosition position,
        Set<DecisionKey> revealed,
        Instant arrivedAt) {

    public RunState {
        agencies = List.copyOf(agencies);
        agenda = List.copyOf(agenda);
        revealed = Set.copyOf(revealed);
    }

    public RunState(WorkshopSession session, List<SessionAgency> agencies, List<AgendaItem> agenda, Pack pack,
                    AgendaPosition position, Set<DecisionKey> revealed) {
        this(session, agencies, agenda, pack, position, revealed, null);
    }

    public AgendaCursor cursor() {
        return new AgendaCursor(agenda, pack);
    }

    public AgendaItem item() {
        return agenda.get(position.itemIndex());
    }

    public Optional<Scenario> scenario() {
        return item().kind() == AgendaItemKind.SCENARIO ? pack.scenario(item().contentRef()) : Optional.empty();
    }

    /** The stage on screen; empty on a scenario's debrief step and outside scenarios. */
    public Optional<Stage> stage() {
        return scenario().filter(s -> position.stageIndex() < s.stages().size())
                .map(s -> s.stages().get(position.stageIndex()));
    }

    public boolean isDebrief() {
        return cursor().isDebrief(position);
    }

    public Optional<MythItem> myth() {
        List<MythItem> items = pack.exercises().mythOrFact();
        return item().kind() == AgendaItemKind.QUIZ && position.stageIndex() < items.size()
                ? Optional.of(items.get(position.stageIndex())) : Optional.empty();
    }

    /** The step that can be revealed: a stage's decision, a debrief's model answer, a myth's answer. */
    public DecisionKey key() {
        return new DecisionKey(item().id(), position.stageIndex());
    }

    public boolean isRevealed() {
        return revealed.contains(key());
    }

    /**
     * Whether R shows the room anything at this step: answers, a model answer, a myth's answer, a
     * measure's or the phones' results. Only the welcome, a break, a discussion and the close have none.
     */
    public boolean hasResults() {
        return switch (item().kind()) {
            case WELCOME, BREAK, DISCUSSION, CLOSE -> false;
            case SCENARIO -> scenario().isPresent();
            case QUIZ -> myth().isPresent();
            default -> true;
        };
    }

    public RunState at(AgendaPosition newPosition) {
        return new RunState(session, agencies, agenda, pack, newPosition, revealed, arrivedAt);
    }

    public RunState withRevealed(Set<DecisionKey> newRevealed) {
        return new RunState(session, agencies, agenda, pack, position, newRevealed, arrivedAt);
    }

    /**
     * Where the item timer counts from: this visit's arrival, less the longest earlier visit, so
     * coming back after a stray PageDown carries on from the time already spent.
     */
    public Instant timerStart() {
        AgendaItem item = item();
        if (arrivedAt == null) {
            return item.startedAt();
        }
        if (item.startedAt() == null || item.endedAt() == null) {
            return arrivedAt;
        }
        return arrivedAt.minus(Duration.between(item.startedAt(), item.endedAt()));
    }

    /** The agency with this code, when it is at the workshop. */
    public Optional<SessionAgency> agency(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
