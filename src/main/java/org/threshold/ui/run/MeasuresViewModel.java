package org.threshold.ui.run;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.TrustRating;
import org.threshold.ui.common.BackgroundWork;
import org.threshold.workshop.run.Headcounts;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.MeasuresRunner;
import org.threshold.workshop.run.RunState;

/**
 * The trust grid, confidence counts, myth-or-fact answers and agency cards of the running
 * workshop. Saves share the run's queue, so they reach the store in the order they were asked
 * for, before any move asked for after them; once a save lands the snapshot the screens read
 * takes just that change, as written, with nothing read back.
 */
public final class MeasuresViewModel {
    private final MeasuresRunner runner;
    private final BackgroundWork work;
    private final ReadOnlyObjectProperty<RunState> state;
    private final ReadOnlyObjectWrapper<Measures> measures = new ReadOnlyObjectWrapper<>(this, "measures", Measures.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private int waiting;

    MeasuresViewModel(MeasuresRunner runner, BackgroundWork work, ReadOnlyObjectProperty<RunState> state) {
        this.runner = runner;
        this.work = work;
        this.state = state;
    }

    /** What is saved: as read when the workshop opened, with every save since applied as written. */
    public ReadOnlyObjectProperty<Measures> measuresProperty() {
        return measures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while saves are waiting or running. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The phase the current agenda item measures. */
    public MeasurePhase phase() {
        return state.get() == null ? MeasurePhase.BASELINE : MeasuresRunner.phaseOf(state.get().item());
    }

    void accept(Measures loaded) {
        measures.set(loaded);
    }

    void clearStatus() {
        status.set("");
    }

    /** Why {@code answers} cannot be right for the agency, by the headcount rule; empty when they can. */
    public Optional<String> tooMany(String agencyCode, int answers) {
        RunState at = state.get();
        return at == null ? Optional.empty() : at.agency(agencyCode).flatMap(a -> Headcounts.tooMany(a, answers));
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
            Optional<TrustRating> saved = runner.rateTrust(at.session().id(), at.agencies(), phase, from, to, score);
            return new Saved("Saved " + name(at, from) + " \u2192 " + name(at, to) + (score == null ? ": cleared."
                    : score == TrustRating.DONT_KNOW ? ": don't know / no contact." : ": " + score + "."),
                    m -> m.withTrust(phase, from, to, saved));
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
        enqueue(() -> {
            Optional<TrustRating> saved = runner.commentTrust(at.session().id(), at.agencies(), phase, from, to, text);
            return saved.isPresent() ? new Saved("Comment saved.", m -> m.withTrust(phase, from, to, saved))
                    : new Saved("Give a score first; the comment goes with it.", UnaryOperator.identity());
        });
    }

    /** One agency's counts for one confidence item at the current phase: how many gave scores 1 to 5. */
    public void recordConfidence(String itemId, String agencyCode, List<Integer> counts) {
        RunState at = state.get();
        MeasurePhase phase = phase();
        if (at == null || counts.equals(box(measures.get().confidence(phase, itemId, agencyCode)))) {
            return;
        }
        enqueue(() -> {
            List<ConfidenceRating> saved = runner.recordConfidence(at.session().id(), phase, itemId, agencyCode,
                    List.copyOf(counts));
            return new Saved("Saved " + name(at, agencyCode) + "'s confidence.",
                    m -> m.withConfidence(phase, itemId, agencyCode, saved));
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
            return new Saved("Saved " + name(at, agencyCode) + "'s answers.", m -> m.withMyth(answer));
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
            return new Saved("Saved " + name(at, card.agencyCode()) + "'s card.", m -> m.withCard(card));
        });
    }

    private void enqueue(Callable<Saved> save) {
        waiting++;
        saving.set(true);
        work.enqueue(() -> save, saved -> {
            measures.set(saved.change().apply(measures.get()));
            status.set(saved.message());
            done();
        }, failure -> done());
    }

    private void done() {
        waiting--;
        saving.set(waiting > 0);
    }

    private static String name(RunState at, String code) {
        return at.agency(code).map(a -> a.name()).orElse(code);
    }

    private static List<Integer> box(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }

    private record Saved(String message, UnaryOperator<Measures> change) {
    }
}
