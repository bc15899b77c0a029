package org.threshold.workshop.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.ReadinessRating;
import org.threshold.report.SessionArchive;
import org.threshold.store.ActionReviewRepository;
import org.threshold.store.Database;
import org.threshold.store.StandRepository;

/** Brings an archived session's "Where we stand" answers and action reviews into this database. */
final class StandArchive {
    private StandArchive() {
    }

    static void save(Database database, long sessionId, SessionArchive archive) {
        StandRepository stand = new StandRepository(database);
        Map<String, List<JourneyPlacement>> placements = new LinkedHashMap<>();
        archive.placements().forEach(p -> placements.computeIfAbsent(p.agencyCode(), k -> new ArrayList<>()).add(p));
        placements.forEach((agency, rows) -> stand.replacePlacements(sessionId, agency, rows));
        Map<List<String>, List<ReadinessRating>> ratings = new LinkedHashMap<>();
        archive.ratings().forEach(r -> ratings.computeIfAbsent(List.of(r.statementId(), r.agencyCode()),
                k -> new ArrayList<>()).add(r));
        ratings.forEach((key, rows) -> stand.replaceRatings(sessionId, key.get(0), key.get(1), rows));
        ActionReviewRepository reviews = new ActionReviewRepository(database);
        archive.reviews().forEach(r -> reviews.save(sessionId, r));
    }
}
