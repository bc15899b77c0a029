package org.threshold.workshop.stand;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.store.Database;
import org.threshold.store.JournalRepository;
import org.threshold.store.NoteRepository;
import org.threshold.store.StandRepository;

/**
 * Recording "Where we stand" in the room. Each change commits with its journal line, so what the
 * console shows as saved is on disk. A show of hands and a table decision both end in
 * {@link #recordJourney} and {@link #recordRatings}, each answer tagged with its source. Answers
 * from phones are stored as each phone's own answer instead, and join these per agency with
 * source DEVICE when the results are analysed (phones' DeviceTally).
 */
public final class StandRunner {
    private final Database database;
    private final Clock clock;
    private final StandRepository answers;
    private final NoteRepository notes;
    private final JournalRepository journal;

    public StandRunner(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.answers = new StandRepository(database);
        this.notes = new NoteRepository(database);
        this.journal = new JournalRepository(database);
    }

    public StandAnswers load(long sessionId) {
        return database.transaction(() -> new StandAnswers(answers.placements(sessionId), answers.ratings(sessionId)));
    }

    /** A show of hands: how many of the agency's people put the partnership at each stage. */
    public void recordJourneyHands(long sessionId, SessionAgency agency, Map<String, Integer> perStage) {
        List<JourneyPlacement> rows = new ArrayList<>();
        perStage.forEach((stage, count) -> rows.add(new JourneyPlacement(agency.code(), 0, stage, count,
                ResponseSource.SHOW_OF_HANDS)));
        checkHeadcount(agency, rows.stream().mapToInt(JourneyPlacement::count).sum());
        recordJourney(sessionId, agency.code(), rows);
    }

    /** A table's decision, which speaks for the agency's whole headcount; an empty stage clears it. */
    public void recordJourneyTable(long sessionId, SessionAgency agency, String stageId) {
        recordJourney(sessionId, agency.code(), stageId.isEmpty() ? List.of()
                : List.of(new JourneyPlacement(agency.code(), 1, stageId, speaksFor(agency), ResponseSource.TABLE_DECISION)));
    }

    /** Replaces all of an agency's placements, from whichever source. */
    public void recordJourney(long sessionId, String agencyCode, List<JourneyPlacement> placements) {
        database.transaction(() -> {
            answers.replacePlacements(sessionId, agencyCode, placements);
            journal.append(sessionId, "journey placed", agencyCode + ": " + describe(placements), clock.instant());
        });
    }

    /** A show of hands for one statement: {@code perScore[0]} said they do not know, {@code perScore[s]} gave s. */
    public void recordRatingHands(long sessionId, SessionAgency agency, String statementId, int[] perScore) {
        if (perScore.length != 6) {
            throw new IllegalArgumentException("A statement is counted for don't know and the scores 1 to 5");
        }
        List<ReadinessRating> rows = new ArrayList<>();
        int total = 0;
        for (int score = 0; score <= 5; score++) {
            rows.add(new ReadinessRating(statementId, agency.code(), 0, score, perScore[score], ResponseSource.SHOW_OF_HANDS));
            total += perScore[score];
        }
        checkHeadcount(agency, total);
        recordRatings(sessionId, statementId, agency.code(), rows);
    }

    /** A table's score for one statement (0 is don't know), for the agency's whole headcount; null clears it. */
    public void recordRatingTable(long sessionId, SessionAgency agency, String statementId, Integer score) {
        recordRatings(sessionId, statementId, agency.code(), score == null ? List.of()
                : List.of(new ReadinessRating(statementId, agency.code(), 1, score, speaksFor(agency),
                        ResponseSource.TABLE_DECISION)));
    }

    /** Replaces one agency's ratings of one statement, from whichever source. */
    public void recordRatings(long sessionId, String statementId, String agencyCode, List<ReadinessRating> ratings) {
        database.transaction(() -> {
            answers.replaceRatings(sessionId, statementId, agencyCode, ratings);
            journal.append(sessionId, "readiness rated", agencyCode + ", " + statementId + ": " + ratings.stream()
                    .filter(r -> r.count() > 0).map(r -> (r.score() == 0 ? "?" : r.score()) + "x" + r.count()).toList(),
                    clock.instant());
        });
    }

    /** Saves an action taken from a readiness statement, with its owner and due date. */
    public Note addAction(long sessionId, Note action) {
        if (action.kind() != NoteKind.ACTION || action.text().isBlank()) {
            throw new IllegalArgumentException("An action needs its words");
        }
        return database.transaction(() -> {
            Note saved = notes.add(sessionId, action);
            journal.append(sessionId, "action added", action.statementId(), clock.instant());
            return saved;
        });
    }

    /** More hands than people would let a mistyped count pass for a real group: refused, in words. */
    private static void checkHeadcount(SessionAgency agency, int counted) {
        if (agency.headcount() > 0 && counted > agency.headcount()) {
            throw new IllegalArgumentException(agency.name() + " has " + agency.headcount() + " people here, but "
                    + counted + " answers were counted. Check the counts and enter them again.");
        }
    }

    private static int speaksFor(SessionAgency agency) {
        return Math.max(1, agency.headcount());
    }

    private static String describe(List<JourneyPlacement> placements) {
        return placements.stream().filter(p -> p.count() > 0).map(p -> p.stageId() + "x" + p.count()).toList().toString();
    }
}
