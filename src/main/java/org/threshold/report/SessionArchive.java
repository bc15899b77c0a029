package org.threshold.report;

import java.util.List;
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

/**
 * One session with everything recorded in it and the content snapshot it was run from, for
 * moving between installations. Row ids inside are the exporting installation's; an import
 * gives new local ids and keeps only the session's uid, which is how a second import of the
 * same session is recognised.
 *
 * @param snapshot     null when the session was planned without content
 * @param phoneAnswers the answers given on phones, each phone renamed "phone-1", "phone-2"... in
 *                     the archive, so its pseudonym on the laptop never leaves it
 */
public record SessionArchive(
        String format,
        int formatVersion,
        String exportedAt,
        WorkshopSession session,
        List<SessionAgency> agencies,
        List<AgendaItem> agenda,
        ContentSnapshot snapshot,
        List<Response> responses,
        List<TrustRating> trust,
        List<ConfidenceRating> confidence,
        List<MythAnswer> myths,
        List<AgencyCard> cards,
        List<Note> notes,
        List<JournalEntry> journal,
        List<JourneyPlacement> placements,
        List<ReadinessRating> ratings,
        List<ActionReview> reviews,
        List<DeviceAnswer> phoneAnswers) {

    public static final String FORMAT = "threshold-session-archive";
    /**
     * 2: myth-or-fact answers carry their round, and trust may be "don't know" (score 0).
     * 3: "Where we stand" answers and action reviews, and the answers given on phones.
     */
    public static final int VERSION = 3;

    public SessionArchive {
        agencies = List.copyOf(agencies);
        agenda = List.copyOf(agenda);
        responses = List.copyOf(responses);
        trust = List.copyOf(trust);
        confidence = List.copyOf(confidence);
        myths = List.copyOf(myths);
        cards = List.copyOf(cards);
        notes = List.copyOf(notes);
        journal = List.copyOf(journal);
        // Absent from archives saved before "Where we stand" existed: they simply have none.
        placements = placements == null ? List.of() : List.copyOf(placements);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        // Absent from archives saved before phones could answer.
        phoneAnswers = phoneAnswers == null ? List.of() : List.copyOf(phoneAnswers);
    }
}
