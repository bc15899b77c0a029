package org.threshold.ui.run.audience;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.threshold.domain.Note;
import org.threshold.domain.Response;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.stand.StandAnswers;

/**
 * What the projector's slide is decided from: where the workshop is (with what has been
 * revealed), what has been saved for the current item, and whether the display is blanked.
 *
 * @param answers       the decisions typed against the current agenda item, every stage of it
 * @param measures      the trust, confidence, myth-or-fact answers and cards typed
 * @param itemStartedAt when the current item began, for the end of a break
 * @param zone          where the room is, for clock times
 * @param phones        what phones add: their answers join the typed ones in every figure
 * @param stand         the "Where we stand" placements and ratings typed
 */
public record AudienceInput(RunState state, List<Response> answers, List<Note> notes, Measures measures,
                            Instant itemStartedAt, ZoneId zone, boolean blanked, RoomPhones phones, StandAnswers stand) {
    public AudienceInput {
        answers = List.copyOf(answers);
        notes = List.copyOf(notes);
        stand = stand == null ? StandAnswers.NONE : stand;
    }

    /** Without "Where we stand" answers. */
    public AudienceInput(RunState state, List<Response> answers, List<Note> notes, Measures measures,
                         Instant itemStartedAt, ZoneId zone, boolean blanked, RoomPhones phones) {
        this(state, answers, notes, measures, itemStartedAt, zone, blanked, phones, StandAnswers.NONE);
    }

    /** Without phones in the room. */
    public AudienceInput(RunState state, List<Response> answers, List<Note> notes, Measures measures,
                         Instant itemStartedAt, ZoneId zone, boolean blanked) {
        this(state, answers, notes, measures, itemStartedAt, zone, blanked, RoomPhones.NONE);
    }
}
