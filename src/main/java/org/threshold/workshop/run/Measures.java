package org.threshold.workshop.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.TrustRating;

/** Everything the trust, confidence and myth-or-fact exercises have saved for a session, as read from the store. */
public record Measures(List<TrustRating> trust, List<ConfidenceRating> confidence, List<MythAnswer> myths,
                       List<AgencyCard> cards) {
    public static final Measures NONE = new Measures(List.of(), List.of(), List.of(), List.of());

    public Measures {
        trust = List.copyOf(trust);
        confidence = List.copyOf(confidence);
        myths = List.copyOf(myths);
        cards = List.copyOf(cards);
    }

    public Optional<TrustRating> trust(MeasurePhase phase, String from, String to) {
        return trust.stream().filter(r -> r.phase() == phase && r.fromAgency().equals(from) && r.toAgency().equals(to))
                .findFirst();
    }

    public List<TrustRating> trust(MeasurePhase phase) {
        return trust.stream().filter(r -> r.phase() == phase).toList();
    }

    /** One agency's counts for one item in one phase: index 0 is score 1. */
    public int[] confidence(MeasurePhase phase, String itemId, String agencyCode) {
        int[] counts = new int[5];
        confidence.stream().filter(r -> r.phase() == phase && r.itemId().equals(itemId)
                && r.agencyCode().equals(agencyCode)).forEach(r -> counts[r.score() - 1] += r.count());
        return counts;
    }

    public Optional<MythAnswer> myth(MeasurePhase phase, String itemId, String agencyCode) {
        return myths.stream().filter(a -> a.phase() == phase && a.itemId().equals(itemId)
                && a.agencyCode().equals(agencyCode)).findFirst();
    }

    /** The answers of one round: before the day's work, or after it. */
    public List<MythAnswer> myths(MeasurePhase phase) {
        return myths.stream().filter(a -> a.phase() == phase).toList();
    }

    public Optional<AgencyCard> card(String agencyCode) {
        return cards.stream().filter(c -> c.agencyCode().equals(agencyCode)).findFirst();
    }

    /** After a save: the pair's rating as written, or none when it was cleared. */
    public Measures withTrust(MeasurePhase phase, String from, String to, Optional<TrustRating> saved) {
        List<TrustRating> next = replaced(trust, r -> r.phase() == phase && r.fromAgency().equals(from)
                && r.toAgency().equals(to), saved.stream().toList());
        return new Measures(next, confidence, myths, cards);
    }

    /** After a save: one agency's counts for one item and phase, as written (a zero is not a row). */
    public Measures withConfidence(MeasurePhase phase, String itemId, String agencyCode, List<ConfidenceRating> saved) {
        List<ConfidenceRating> next = replaced(confidence, r -> r.phase() == phase && r.itemId().equals(itemId)
                && r.agencyCode().equals(agencyCode), saved.stream().filter(r -> r.count() > 0).toList());
        return new Measures(trust, next, myths, cards);
    }

    public Measures withMyth(MythAnswer saved) {
        List<MythAnswer> next = replaced(myths, a -> a.phase() == saved.phase() && a.itemId().equals(saved.itemId())
                && a.agencyCode().equals(saved.agencyCode()), List.of(saved));
        return new Measures(trust, confidence, next, cards);
    }

    public Measures withCard(AgencyCard saved) {
        return new Measures(trust, confidence, myths,
                replaced(cards, c -> c.agencyCode().equals(saved.agencyCode()), List.of(saved)));
    }

    private static <T> List<T> replaced(List<T> rows, Predicate<T> old, List<T> added) {
        List<T> next = new ArrayList<>(rows.stream().filter(old.negate()).toList());
        next.addAll(added);
        return next;
    }
}
