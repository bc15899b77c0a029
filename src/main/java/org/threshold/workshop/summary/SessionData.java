package org.threshold.workshop.summary;

import java.util.List;
import java.util.Optional;
import org.threshold.domain.ActionReview;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.ContentSnapshot;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.JournalEntry;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.Note;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.domain.WorkshopSession;
import org.threshold.store.ActionReviewRepository;
import org.threshold.store.AgencyCardRepository;
import org.threshold.store.AgendaRepository;
import org.threshold.store.ConfidenceRepository;
import org.threshold.store.Database;
import org.threshold.store.DeviceAnswerRepository;
import org.threshold.store.JournalRepository;
import org.threshold.store.MythAnswerRepository;
import org.threshold.store.NoteRepository;
import org.threshold.store.ResponseRepository;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.store.SessionRepository;
import org.threshold.store.SnapshotRepository;
import org.threshold.store.StandRepository;
import org.threshold.store.TrustRepository;
import org.threshold.workshop.phones.DeviceTally;
import org.threshold.workshop.stand.StandAnswers;

/**
 * Everything recorded in one session, read through the store's repositories. Phone answers are
 * kept apart from the typed ones, so each can say where it came from; the results combine them.
 */
public record SessionData(
        WorkshopSession session,
        List<SessionAgency> agencies,
        List<AgendaItem> agenda,
        Optional<ContentSnapshot> snapshot,
        List<Response> responses,
        List<TrustRating> trust,
        List<ConfidenceRating> confidence,
        List<MythAnswer> myths,
        List<AgencyCard> cards,
        List<Note> notes,
        List<JournalEntry> journal,
        List<DeviceAnswer> deviceAnswers,
        List<JourneyPlacement> placements,
        List<ReadinessRating> ratings,
        List<ActionReview> reviews) {

    public static SessionData read(Database database, long sessionId) {
        WorkshopSession session = new SessionRepository(database).find(sessionId)
                .orElseThrow(() -> new SummaryException("There is no session " + sessionId + " in this database."));
        return new SessionData(session,
                new SessionAgencyRepository(database).list(sessionId),
                new AgendaRepository(database).list(sessionId),
                new SnapshotRepository(database).find(sessionId),
                new ResponseRepository(database).list(sessionId),
                new TrustRepository(database).list(sessionId),
                new ConfidenceRepository(database).list(sessionId),
                new MythAnswerRepository(database).list(sessionId),
                new AgencyCardRepository(database).list(sessionId),
                new NoteRepository(database).list(sessionId),
                new JournalRepository(database).list(sessionId),
                new DeviceAnswerRepository(database).list(sessionId),
                new StandRepository(database).placements(sessionId),
                new StandRepository(database).ratings(sessionId),
                new ActionReviewRepository(database).list(sessionId));
    }

    /** The newest session by date, as "latest" on the command line means. */
    public static long latest(Database database) {
        return new SessionRepository(database).list().stream().findFirst()
                .orElseThrow(() -> new SummaryException("There are no sessions in this database yet."))
                .id();
    }

    /** "Where we stand" as typed, with the phones' answers beside them: what every export and the comparison analyse. */
    public StandAnswers stand() {
        return new DeviceTally(agenda).withDevices(new StandAnswers(placements, ratings), deviceAnswers);
    }
}
