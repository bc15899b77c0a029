package org.threshold.workshop.stand;

import java.util.List;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.ResponseSource;

/** Everything the room has said in "Where we stand" for one session, as read from the store. */
public record StandAnswers(List<JourneyPlacement> placements, List<ReadinessRating> ratings) {
    public static final StandAnswers NONE = new StandAnswers(List.of(), List.of());

    public StandAnswers {
        placements = List.copyOf(placements);
        ratings = List.copyOf(ratings);
    }

    public boolean isEmpty() {
        return placements.isEmpty() && ratings.isEmpty();
    }

    /** One agency's show-of-hands count at one stage; 0 when none. */
    public int hands(String agencyCode, String stageId) {
        return placements.stream().filter(p -> p.agencyCode().equals(agencyCode) && p.stageId().equals(stageId)
                && p.source() == ResponseSource.SHOW_OF_HANDS).mapToInt(JourneyPlacement::count).sum();
    }

    /** The stage an agency's table chose, or empty. */
    public String tableStage(String agencyCode) {
        return placements.stream().filter(p -> p.agencyCode().equals(agencyCode) && p.source() == ResponseSource.TABLE_DECISION)
                .map(JourneyPlacement::stageId).findFirst().orElse("");
    }

    /** One agency's show-of-hands count for one statement and score (0 is don't know). */
    public int hands(String statementId, String agencyCode, int score) {
        return ratings.stream().filter(r -> r.statementId().equals(statementId) && r.agencyCode().equals(agencyCode)
                && r.score() == score && r.source() == ResponseSource.SHOW_OF_HANDS).mapToInt(ReadinessRating::count).sum();
    }

    /** The score an agency's table gave a statement (0 is don't know), or -1 when it gave none. */
    public int tableScore(String statementId, String agencyCode) {
        return ratings.stream().filter(r -> r.statementId().equals(statementId) && r.agencyCode().equals(agencyCode)
                && r.source() == ResponseSource.TABLE_DECISION).mapToInt(ReadinessRating::score).findFirst().orElse(-1);
    }

    /** True when the agency's answers for the journey were a table decision. */
    public boolean journeyByTable() {
        return placements.stream().anyMatch(p -> p.source() == ResponseSource.TABLE_DECISION);
    }

    public boolean readinessByTable() {
        return ratings.stream().anyMatch(r -> r.source() == ResponseSource.TABLE_DECISION);
    }
}
