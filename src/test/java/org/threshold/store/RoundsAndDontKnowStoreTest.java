package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.TrustRating;

/** Schema version 3: trust's "don't know" kept beside the scores, and myth-or-fact answers by round. */
class RoundsAndDontKnowStoreTest {
    @TempDir
    Path dir;

    @Test
    void aPairHoldsAScoreOrDontKnowNeverBoth() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            long id = new SessionRepository(db).create("u", DatabaseTest.details(), SessionStatus.RUNNING, Instant.EPOCH).id();
            TrustRepository trust = new TrustRepository(db);
            trust.save(id, new TrustRating(MeasurePhase.BASELINE, "police", "health", 3, 5, "named contact"));
            trust.save(id, new TrustRating(MeasurePhase.BASELINE, "police", "health", TrustRating.DONT_KNOW, 5, ""));
            assertEquals(List.of(new TrustRating(MeasurePhase.BASELINE, "police", "health", TrustRating.DONT_KNOW, 5, "")),
                    trust.list(id));
            trust.save(id, new TrustRating(MeasurePhase.BASELINE, "police", "health", 4, 5, ""));
            assertEquals(4, trust.list(id).get(0).score());
            assertEquals(1, trust.list(id).size());
            trust.save(id, new TrustRating(MeasurePhase.FOLLOW_UP, "police", "health", TrustRating.DONT_KNOW, 5, ""));
            trust.delete(id, MeasurePhase.FOLLOW_UP, "police", "health");
            assertEquals(1, trust.list(id).size(), "clearing takes a don't know away too");
        }
    }

    @Test
    void theSameStatementIsAnsweredOnceInEachRound() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            long id = new SessionRepository(db).create("u", DatabaseTest.details(), SessionStatus.RUNNING, Instant.EPOCH).id();
            MythAnswerRepository myths = new MythAnswerRepository(db);
            myths.save(id, new MythAnswer(MeasurePhase.BASELINE, "m1", "police", 2, 3));
            myths.save(id, new MythAnswer(MeasurePhase.FOLLOW_UP, "m1", "police", 5, 0));
            myths.save(id, new MythAnswer(MeasurePhase.FOLLOW_UP, "m1", "police", 4, 1));
            assertEquals(List.of(new MythAnswer(MeasurePhase.BASELINE, "m1", "police", 2, 3),
                    new MythAnswer(MeasurePhase.FOLLOW_UP, "m1", "police", 4, 1)), myths.list(id));
        }
    }

    /** A file from before version 3 held one myth-or-fact round per session: its answers become the first round. */
    @Test
    void answersSavedBeforeRoundsExistedBecomeTheRoundBefore() throws Exception {
        Path file = dir.resolve("v1.db");
        try (InputStream in = RoundsAndDontKnowStoreTest.class.getResourceAsStream(SchemaFixtures.resourceName(1))) {
            assertNotNull(in);
            Files.copy(in, file);
        }
        try (Database db = Database.open(file)) {
            long id = new SessionRepository(db).list().get(0).id();
            List<MythAnswer> answers = new MythAnswerRepository(db).list(id);
            assertEquals(List.of(new MythAnswer(MeasurePhase.BASELINE, "gdpr-blocks", "police", 2, 4)), answers);
            assertTrue(new TrustRepository(db).list(id).stream().noneMatch(TrustRating::saysDontKnow));
        }
    }
}
