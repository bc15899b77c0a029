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

    public MeasuresRunner(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.trust = new TrustRepository(database);
        this.confidence = new ConfidenceRepository(database);
        this.myths = new MythAnswerRepository(database);
        this.cards = new AgencyCardRepository(database);
        this.journal = new JournalRepository(database);
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
     * comment already given for the pair is kept.
     */
    public void rateTrust(long sessionId, List<SessionAgency> agencies, MeasurePhase phase, String from, String to,
                          Integer score) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("An agency does not rate itself");
        }
        database.transaction(() -> {
            if (score == null) {
                trust.delete(sessionId, phase, from, to);
                journal.append(sessionId, "trust cleared", pair(from, to, phase), clock.instant());
                return;
            }
            String comment = find(sessionId, phase, from, to).map(TrustRating::comment).orElse("");
            trust.save(sessionId, new TrustRating(phase, from, to, score, headcount(agencies, from), comment));
            journal.append(sessionId, "trust rated", pair(from, to, phase) + ": " + score, clock.instant());
        });
    }

    /** Adds "what would raise it" to a rating already given; false when the pair has no rating yet. */
    public boolean commentTrust(long sessionId, List<SessionAgency> agencies, MeasurePhase phase, String from, String to,
                                String comment) {
        return database.transaction(() -> {
            Optional<TrustRating> rating = find(sessionId, phase, from, to);
            if (rating.isEmpty()) {
                return false;
            }
            TrustRating r = rating.get();
            trust.save(sessionId, new TrustRating(phase, from, to, r.score(), r.n(), comment == null ? "" : comment.strip()));
            journal.append(sessionId, "trust comment", pair(from, to, phase), clock.instant());
            return true;
        });
    }

    /** Replaces one agency's confidence counts for one item: {@code counts} holds how many gave scores 1 to 5. */
    public void recordConfidence(long sessionId, MeasurePhase phase, String itemId, String agencyCode, List<Integer> counts) {
        if (counts.size() != 5) {
            throw new IllegalArgumentException("Confidence is counted for the five scores 1 to 5");
        }
        List<ConfidenceRating> ratings = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            ratings.add(new ConfidenceRating(phase, itemId, agencyCode, score, counts.get(score - 1)));
        }
        database.transaction(() -> {
            confidence.replace(sessionId, phase, itemId, agencyCode, ratings);
            journal.append(sessionId, "confidence entered", agencyCode + ", " + itemId + ", "
                    + phase.label().toLowerCase(Locale.ROOT) + ": " + counts, clock.instant());
        });
    }

    public void recordMyth(long sessionId, MythAnswer answer) {
        database.transaction(() -> {
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
