package org.threshold.workshop.stand;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.threshold.domain.ActionReview;
import org.threshold.domain.ActionStatus;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.ActionReviewRepository;
import org.threshold.store.Database;
import org.threshold.store.JournalRepository;
import org.threshold.store.NoteRepository;
import org.threshold.store.SessionRepository;

/**
 * Workshops of the same partnership over time. Two workshops are the same partnership when the
 * partnership names on their details match, ignoring case, spacing and punctuation ("Northfield
 * Safeguarding Partnership" and "northfield safeguarding partnership."); a workshop with no name
 * is its own. The next workshop reviews the actions of the one before it.
 */
public final class Partnerships {
    /** Earliest first: the order in which a partnership held its workshops. */
    public static final Comparator<WorkshopSession> HELD = Comparator.comparing(WorkshopSession::date)
            .thenComparing(WorkshopSession::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(WorkshopSession::id);

    private final Database database;
    private final Clock clock;
    private final SessionRepository sessions;
    private final NoteRepository notes;
    private final ActionReviewRepository reviews;
    private final JournalRepository journal;

    public Partnerships(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.sessions = new SessionRepository(database);
        this.notes = new NoteRepository(database);
        this.reviews = new ActionReviewRepository(database);
        this.journal = new JournalRepository(database);
    }

    /** The name as compared: lower case, letters and digits only, single spaces. Empty for no partnership. */
    public static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static boolean same(WorkshopSession a, WorkshopSession b) {
        String key = key(a.partnership());
        return !key.isEmpty() && key.equals(key(b.partnership()));
    }

    /** The partnership's workshop held last before this one, if any. */
    public Optional<WorkshopSession> earlier(long sessionId) {
        return database.transaction(() -> {
            WorkshopSession session = sessions.find(sessionId).orElseThrow();
            return sessions.list().stream().filter(s -> s.id() != sessionId && same(s, session)
                    && HELD.compare(s, session) < 0).max(HELD);
        });
    }

    /**
     * The actions to review when planning this workshop: the earlier workshop's, each with what was
     * reported of it, then any reviewed here whose workshop is not in this database (an imported session).
     */
    public List<CarriedAction> toReview(long sessionId) {
        return database.transaction(() -> {
            List<ActionReview> saved = reviews.list(sessionId);
            List<CarriedAction> actions = new ArrayList<>();
            Optional<WorkshopSession> from = earlier(sessionId);
            from.ifPresent(earlier -> notes.list(earlier.id()).stream().filter(n -> n.kind() == NoteKind.ACTION)
                    .forEach(action -> actions.add(CarriedAction.of(earlier, action, saved.stream()
                            .filter(r -> r.reviews(earlier.uid(), action)).map(ActionReview::status)
                            .findFirst().orElse(null)))));
            saved.stream().filter(r -> actions.stream().noneMatch(a -> a.fromSessionUid().equals(r.fromSessionUid())
                            && a.createdAt().equals(r.actionCreatedAt()) && a.text().equals(r.text())))
                    .forEach(r -> actions.add(CarriedAction.of(r)));
            return actions;
        });
    }

    /** Records what became of a carried action; null takes a status back to "not reported". */
    public void report(long sessionId, CarriedAction action, ActionStatus status) {
        if (status == null && !action.earlierHere()) {
            throw new IllegalArgumentException("\u201c" + action.fromTitle() + "\u201d is not in this database, so this "
                    + "action is known only through its review here: choose done, not done or dropped.");
        }
        database.transaction(() -> {
            ActionReview review = action.review(status == null ? ActionStatus.DONE : status);
            if (status == null) {
                reviews.clear(sessionId, review);
            } else {
                reviews.save(sessionId, review);
            }
            journal.append(sessionId, "action reviewed", (status == null ? "not reported" : status.label()) + ": "
                    + action.fromTitle(), clock.instant());
        });
    }

    /** What this session reviewed of {@code earlier}'s actions, by action: used by the comparison. */
    public static Optional<ActionStatus> statusOf(List<ActionReview> reviewed, WorkshopSession earlier, Note action) {
        return reviewed.stream().filter(r -> r.reviews(earlier.uid(), action)).map(ActionReview::status).findFirst();
    }
}
