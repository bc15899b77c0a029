package org.threshold.workshop.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.store.AgencyCardRepository;
import org.threshold.store.ConfidenceRepository;
import org.threshold.store.Database;
import org.threshold.store.JournalRepository;
import org.threshold.store.MythAnswerRepository;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.store.TrustRepository;

/**
 * Recording the trust grid, the confidence check, myth-or-fact answers and agency cards in
 * the room. Each change is committed with its journal line in one transaction, so what the
 * console shows as saved is on disk, and the summary can say when each measure was taken.
 */
public final class MeasuresRunner {
    private final Database database;
    private final Clock clock;
    private final TrustRepository trust;
    private final ConfidenceRepository confidence;
    private final MythAnswerRepository myths;
    private final AgencyCardRepository cards;
    private final JournalRepository journal;
    private final SessionAgencyRepository agencies;

    public MeasuresRunner(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.trust = new TrustRepository(database);
        this.confidence = new ConfidenceRepository(database);
        this.myths = new MythAnswerRepository(database);
        this.cards = new AgencyCardRepository(database);
        this.journal = new JournalRepository(database);
        this.agencies = new SessionAgencyRepository(database);
    }

    /** Which measurement an agenda item takes: its content reference names the phase; anything else is the baseline. */
    public static MeasurePhase phaseOf(AgendaItem item) {
        String ref = item.contentRef().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return MeasurePhase.FOLLOW_UP.name().equals(ref) ? MeasurePhase.FOLLOW_UP : MeasurePhase.BASELINE;
    }

    public Measures load(long sessionId) {
        return database.transaction(() -> new Measures(trust.list(sessionId), confidence.list(sessionId),
                myths.list(sessionId), cards.list(sessionId)));
    }

    /**
     * Sets how far {@code from} trusts {@code to}, or clears it when {@code score} is null. A
     * table speaks for its whole agency, so the rating counts for the agency's headcount; a
     * comment already given for the pair is kept. Returns the rating as saved, or empty when cleared.
     */
    public Optional<TrustRating> rateTrust(long sessionId, List<SessionAgency> agencies, MeasurePhase phase, String from,
                                           String to, Integer score) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("An agency does not rate itself");
        }
        return database.transaction(() -> {
            if (score == null) {
                trust.delete(sessionId, phase, from, to);
                journal.append(sessionId, "trust cleared", pair(from, to, phase), clock.instant());
                return Optional.<TrustRating>empty();
            }
            String comment = find(sessionId, phase, from, to).map(TrustRating::comment).orElse("");
            TrustRating rating = new TrustRating(phase, from, to, score, headcount(agencies, from), comment);
            trust.save(sessionId, rating);
            journal.append(sessionId, "trust rated", pair(from, to, phase) + ": " + score, clock.instant());
            return Optional.of(rating);
        });
    }

    /** Adds "what would raise it" to a rating already given; empty when the pair has no rating yet. */
    public Optional<TrustRating> commentTrust(long sessionId, List<SessionAgency> agencies, MeasurePhase phase, String from,
                                              String to, String comment) {
        return database.transaction(() -> {
            Optional<TrustRating> rating = find(sessionId, phase, from, to);
            if (rating.isEmpty()) {
                return Optional.<TrustRating>empty();
            }
            TrustRating r = rating.get();
            TrustRating commented = new TrustRating(phase, from, to, r.score(), r.n(), comment == null ? "" : comment.strip());
            trust.save(sessionId, commented);
            journal.append(sessionId, "trust comment", pair(from, to, phase), clock.instant());
            return Optional.of(commented);
        });
    }

    /**
     * Replaces one agency's confidence counts for one item: {@code counts} holds how many gave scores
     * 1 to 5, together no more than the agency's people. Returns the rows as saved.
     */
    public List<ConfidenceRating> recordConfidence(long sessionId, MeasurePhase phase, String itemId, String agencyCode,
                                                   List<Integer> counts) {
        if (counts.size() != 5) {
            throw new IllegalArgumentException("Confidence is counted for the five scores 1 to 5");
        }
        List<ConfidenceRating> ratings = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            ratings.add(new ConfidenceRating(phase, itemId, agencyCode, score, counts.get(score - 1)));
        }
        database.transaction(() -> {
            Headcounts.check(agencies.list(sessionId), agencyCode, counts.stream().mapToInt(Integer::intValue).sum());
            confidence.replace(sessionId, phase, itemId, agencyCode, ratings);
            journal.append(sessionId, "confidence entered", agencyCode + ", " + itemId + ", "
                    + phase.label().toLowerCase(Locale.ROOT) + ": " + counts, clock.instant());
        });
        return ratings;
    }

    /** How many of an agency said myth and said fact; together no more than its people. */
    public void recordMyth(long sessionId, MythAnswer answer) {
        database.transaction(() -> {
            Headcounts.check(agencies.list(sessionId), answer.agencyCode(), answer.saidMyth() + answer.saidFact());
            myths.save(sessionId, answer);
            journal.append(sessionId, "myth answers entered", answer.agencyCode() + ", " + answer.itemId() + ": myth "
                    + answer.saidMyth() + ", fact " + answer.saidFact(), clock.instant());
        });
    }

    public void saveCard(long sessionId, AgencyCard card) {
        database.transaction(() -> {
            cards.save(sessionId, card);
            journal.append(sessionId, "agency card saved", card.agencyCode(), clock.instant());
        });
    }

    private Optional<TrustRating> find(long sessionId, MeasurePhase phase, String from, String to) {
        return trust.list(sessionId).stream().filter(r -> r.phase() == phase && r.fromAgency().equals(from)
                && r.toAgency().equals(to)).findFirst();
    }

    private static int headcount(List<SessionAgency> agencies, String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).mapToInt(a -> Math.max(1, a.headcount()))
                .findFirst().orElse(1);
    }

    private static String pair(String from, String to, MeasurePhase phase) {
        return from + " \u2192 " + to + " (" + phase.label().toLowerCase(Locale.ROOT) + ")";
    }
}
