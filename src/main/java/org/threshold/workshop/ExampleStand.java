package org.threshold.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.threshold.domain.ActionReview;
import org.threshold.domain.ActionStatus;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.pack.JourneyStage;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;
import org.threshold.store.ActionReviewRepository;
import org.threshold.store.Database;
import org.threshold.store.NoteRepository;
import org.threshold.store.StandRepository;

/**
 * "Where we stand" in the example workshop: tables placing the partnership on the journey some
 * way apart (police and children's services ahead, health and the voluntary sector behind), a
 * show of hands on each statement with the gaps a real partnership tends to have, three actions
 * from the weakest statements, and the review of the actions from the partnership's spring workshop.
 */
final class ExampleStand {
    static final String PARTNERSHIP = "Tallowford Safeguarding Partnership";
    /** The partnership's earlier workshop, run on another laptop: only its reviewed actions are here. */
    private static final String SPRING_UID = "9d3c1f7e-example-tallowford-spring-2026";
    private static final LocalDate SPRING = LocalDate.of(2026, 4, 22);

    /** How far along each agency's table puts the partnership, from 0 (the journey's first stage). */
    private static final Map<String, Integer> PLACED = Map.of("police", 4, "childrens-social-care", 4,
            "education", 3, "adult-social-care", 3, "housing", 3, "health", 2, "voluntary-sector", 1, "probation", 3);

    /** How ready the room feels on each statement, by the statement's place in the pack: 1 to 5. */
    private static final double[] LEAN = {3.6, 2.9, 2.0, 2.4, 2.8, 3.3, 2.2, 1.8};

    private final Database database;
    private final long sessionId;
    private final WhereWeStand section;
    private final List<SessionAgency> agencies;
    private final Random random;

    ExampleStand(Database database, long sessionId, WhereWeStand section, List<SessionAgency> agencies,
                 Random random) {
        this.database = database;
        this.sessionId = sessionId;
        this.section = section;
        this.agencies = agencies;
        this.random = random;
    }

    void record(AgendaItem item) {
        StandRepository answers = new StandRepository(database);
        List<JourneyStage> journey = section.journey();
        for (SessionAgency agency : agencies) {
            int stage = Math.min(journey.size() - 1, PLACED.getOrDefault(agency.code(), 2));
            answers.replacePlacements(sessionId, agency.code(), List.of(new JourneyPlacement(agency.code(), 1,
                    journey.get(stage).id(), agency.headcount(), ResponseSource.TABLE_DECISION)));
        }
        for (int i = 0; i < section.statements().size(); i++) {
            ReadinessStatement statement = section.statements().get(i);
            double lean = LEAN[i % LEAN.length];
            for (SessionAgency agency : agencies) {
                int[] counts = new int[6];
                for (int person = 0; person < agency.headcount(); person++) {
                    // The voluntary sector is least often told how the statutory partners work.
                    boolean unsure = random.nextDouble() < (agency.code().equals("voluntary-sector") ? 0.4 : 0.08);
                    counts[unsure ? ReadinessRating.DONT_KNOW
                            : (int) Math.max(1, Math.min(5, Math.round(lean + random.nextGaussian() * 0.8)))]++;
                }
                List<ReadinessRating> rows = new ArrayList<>();
                for (int score = 0; score <= 5; score++) {
                    rows.add(new ReadinessRating(statement.id(), agency.code(), 0, score, counts[score],
                            ResponseSource.SHOW_OF_HANDS));
                }
                answers.replaceRatings(sessionId, statement.id(), agency.code(), rows);
            }
        }
        actions(item);
        reviews();
    }

    private void actions(AgendaItem item) {
        NoteRepository notes = new NoteRepository(database);
        Instant at = item.startedAt().plusSeconds(15 * 60);
        action(notes, item, at, 7, "Put a yearly review of how sharing works on the board's forward plan.",
                "adult-social-care", LocalDate.of(2027, 3, 31));
        action(notes, item, at.plusSeconds(60), 2, "Add a 'decided not to share, and why' field to each partner's case notes.",
                "childrens-social-care", LocalDate.of(2027, 1, 29));
        action(notes, item, at.plusSeconds(120), 6, "Publish one directory of safeguarding contacts, with out-of-hours numbers.",
                "police", LocalDate.of(2026, 12, 18));
    }

    private void action(NoteRepository notes, AgendaItem item, Instant at, int statement, String text, String owner,
                        LocalDate due) {
        if (statement < section.statements().size()) {
            notes.add(sessionId, new Note(0, item.id(), NoteKind.ACTION, text, owner, at,
                    section.statements().get(statement).id(), due));
        }
    }

    private void reviews() {
        ActionReviewRepository reviews = new ActionReviewRepository(database);
        Instant noted = SPRING.atTime(15, 40).atZone(ZoneId.of("Europe/London")).toInstant();
        String title = "Tallowford partnership: first steps (example)";
        List<ActionReview> spring = List.of(
                new ActionReview(SPRING_UID, title, SPRING, noted, "Agree one secure email route between all partners.",
                        "housing", "", LocalDate.of(2026, 7, 31), ActionStatus.DONE),
                new ActionReview(SPRING_UID, title, SPRING, noted.plusSeconds(60), "Draft an information-sharing "
                        + "agreement for the early help hub.", "childrens-social-care", "", LocalDate.of(2026, 9, 30),
                        ActionStatus.DONE),
                new ActionReview(SPRING_UID, title, SPRING, noted.plusSeconds(120), "Name a safeguarding adviser in "
                        + "each agency for practitioners to ring.", "health", "", LocalDate.of(2026, 6, 30),
                        ActionStatus.NOT_DONE),
                new ActionReview(SPRING_UID, title, SPRING, noted.plusSeconds(180), "Run a lunchtime session on the "
                        + "2024 advice for school staff.", "education", "", null, ActionStatus.DROPPED));
        spring.forEach(review -> reviews.save(sessionId, review));
    }
}
