package org.threshold.ui.run;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.TrustRating;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.ui.common.DialogService;
import org.threshold.ui.common.TaskExecutor;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.MeasuresRunner;
import org.threshold.workshop.run.RunState;

/**
 * The trust grid, confidence counts, myth-or-fact answers and agency cards of the running
 * workshop. Saves run one after another in the order they were asked for: a digit typed and
 * corrected at once must never reach the disk in the wrong order, and the snapshot the screens
 * read always follows the last save.
 */
public final class MeasuresViewModel {
    private final MeasuresRunner runner;
    private final BackgroundWork work;
    private final ReadOnlyObjectProperty<RunState> state;
    private final ReadOnlyObjectWrapper<Measures> measures = new ReadOnlyObjectWrapper<>(this, "measures", Measures.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    MeasuresViewModel(MeasuresRunner runner, TaskExecutor tasks, DialogService dialogs,
                      ReadOnlyObjectProperty<RunState> state) {
        this.runner = runner;
        this.work = new BackgroundWork(tasks, dialogs, "Threshold");
        this.state = state;
    }

    /** What is saved, as last read back from the store. */
    public ReadOnlyObjectProperty<Measures> measuresProperty() {
        return measures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while saves are waiting or running. */
    public ReadOnlyBooleanProperty savingProperty() {
        return work.busyProperty();
    }

    /** The phase the current agenda item measures. */
    public MeasurePhase phase() {
        return state.get() == null ? MeasurePhase.BASELINE : MeasuresRunner.phaseOf(state.get().item());
    }

    void accept(Measures loaded) {
        measures.set(loaded);
    }

    /**
     * How far {@code from} trusts {@code to} at the current item's phase, 1-5, or
     * {@link TrustRating#DONT_KNOW} when the table does not know the other agency; null clears the cell.
     */
    public void rateTrust(String from, String to, Integer score) {
        if (score != null && (score < TrustRating.DONT_KNOW || score > 5)) {
            return;
        }
        RunState at = state.get();
        MeasurePhase phase = phase();
        Integer before = measures.get().trust(phase, from, to).map(r -> r.score()).orElse(null);
        if (at == null || Objects.equals(before, score)) {
            return;
        }
        enqueue(() -> {
            runner.rateTrust(at.session().id(), at.agencies(), phase, from, to, score);
            return "Saved " + name(at, from) + " \u2192 " + name(at, to) + (score == null ? ": cleared."
                    : score == TrustRating.DONT_KNOW ? ": don't know / no contact." : ": " + score + ".");
        });
    }

    /** What would raise {@code from}'s trust in {@code to}; kept with the rating, so the pair needs a score first. */
    public void commentTrust(String from, String to, String comment) {
        RunState at = state.get();
        MeasurePhase phase = phase();
        String text = comment == null ? "" : comment.strip();
        if (at == null || measures.get().trust(phase, from, to).map(r -> r.comment().equals(text)).orElse(false)) {
            return;
        }
        enqueue(() -> runner.commentTrust(at.session().id(), at.agencies(), phase, from, to, text)
                ? "Comment saved." : "Give a score first; the comment goes with it.");
    }

    /** One agency's counts for one confidence item at the current phase: how many gave scores 1 to 5. */
    public void recordConfidence(String itemId, String agencyCode, List<Integer> counts) {
        RunState at = state.get();
        MeasurePhase phase = phase();
        if (at == null || counts.equals(box(measures.get().confidence(phase, itemId, agencyCode)))) {
            return;
        }
        enqueue(() -> {
            runner.recordConfidence(at.session().id(), phase, itemId, agencyCode, List.copyOf(counts));
            return "Saved " + name(at, agencyCode) + "'s confidence.";
        });
    }

    /** One agency's answers to one statement in the current item's round, before or after. */
    public void recordMyth(String itemId, String agencyCode, int saidMyth, int saidFact) {
        RunState at = state.get();
        MythAnswer answer = new MythAnswer(phase(), itemId, agencyCode, saidMyth, saidFact);
        boolean same = measures.get().myth(answer.phase(), itemId, agencyCode).map(answer::equals)
                .orElse(saidMyth == 0 && saidFact == 0);
        if (at == null || same) {
            return;
        }
        enqueue(() -> {
            runner.recordMyth(at.session().id(), answer);
            return "Saved " + name(at, agencyCode) + "'s answers.";
        });
    }

    public void saveCard(AgencyCard card) {
        RunState at = state.get();
        boolean empty = card.canShare().isBlank() && card.cannotShare().isBlank() && card.reachUs().isBlank();
        if (at == null || measures.get().card(card.agencyCode()).map(card::equals).orElse(empty)) {
            return;
        }
        enqueue(() -> {
            runner.saveCard(at.session().id(), card);
            return "Saved " + name(at, card.agencyCode()) + "'s card.";
        });
    }

    private void enqueue(Callable<String> save) {
        long sessionId = state.get().session().id();
        work.run(() -> new Saved(save.call(), runner.load(sessionId)), saved -> {
            measures.set(saved.measures());
            status.set(saved.message());
        });
    }

    private static String name(RunState at, String code) {
        return at.agencies().stream().filter(a -> a.code().equals(code)).map(a -> a.name()).findFirst().orElse(code);
    }

    private static List<Integer> box(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }

    private record Saved(String message, Measures measures) {
    }
}
