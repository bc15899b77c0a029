package org.threshold.workshop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.JournalEntry;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.TrustRating;
import org.threshold.store.Database;
import org.threshold.store.JournalRepository;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.workshop.SessionCatalog;

class MeasuresRunnerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final List<SessionAgency> ROOM = List.of(new SessionAgency("police", "Police", 5, 1),
            new SessionAgency("health", "Health / NHS", 0, 1));

    @TempDir
    Path dir;
    Database db;
    MeasuresRunner runner;
    long session;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        session = new SessionCatalog(db, CLOCK).create(new SessionDetails("Measures", LocalDate.of(2026, 10, 14), "", "",
                210, 3)).id();
        new SessionAgencyRepository(db).replaceAll(session, ROOM);
        runner = new MeasuresRunner(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aTrustRatingSpeaksForTheWholeAgencyAndKeepsItsComment() {
        runner.rateTrust(session, ROOM, MeasurePhase.BASELINE, "police", "health", 2);
        assertTrue(runner.commentTrust(session, ROOM, MeasurePhase.BASELINE, "police", "health", " A named contact ").isPresent());
        runner.rateTrust(session, ROOM, MeasurePhase.BASELINE, "police", "health", 3);
        runner.rateTrust(session, ROOM, MeasurePhase.BASELINE, "health", "police", 4);
        Measures saved = runner.load(session);
        assertEquals(new TrustRating(MeasurePhase.BASELINE, "police", "health", 3, 5, "A named contact"),
                saved.trust(MeasurePhase.BASELINE, "police", "health").orElseThrow());
        assertEquals(1, saved.trust(MeasurePhase.BASELINE, "health", "police").orElseThrow().n(),
                "an agency with no headcount still counts as one");
        runner.rateTrust(session, ROOM, MeasurePhase.BASELINE, "police", "health", null);
        assertTrue(runner.load(session).trust(MeasurePhase.BASELINE, "police", "health").isEmpty());
        assertFalse(runner.commentTrust(session, ROOM, MeasurePhase.FOLLOW_UP, "police", "health", "x").isPresent(),
                "a comment needs a score to go with");
        List<String> actions = new JournalRepository(db).list(session).stream().map(JournalEntry::action).toList();
        assertEquals(List.of("created", "trust rated", "trust comment", "trust rated", "trust rated", "trust cleared"),
                actions);
    }

    @Test
    void confidenceMythsAndCardsAreSavedAndReadBack() {
        runner.recordConfidence(session, MeasurePhase.FOLLOW_UP, "kq", "police", List.of(0, 1, 2, 2, 0));
        runner.recordConfidence(session, MeasurePhase.FOLLOW_UP, "kq", "police", List.of(0, 0, 1, 3, 1));
        runner.recordMyth(session, new MythAnswer(MeasurePhase.BASELINE, "m1", "police", 4, 1));
        runner.saveCard(session, new AgencyCard("police", "Risk", "Intelligence", "101"));
        Measures saved = runner.load(session);
        assertEquals(List.of(0, 0, 1, 3, 1), Arrays.stream(saved.confidence(MeasurePhase.FOLLOW_UP, "kq", "police"))
                .boxed().toList(), "the second entry replaces the first");
        assertEquals(new MythAnswer(MeasurePhase.BASELINE, "m1", "police", 4, 1),
                saved.myth(MeasurePhase.BASELINE, "m1", "police").orElseThrow());
        assertEquals("101", saved.card("police").orElseThrow().reachUs());
    }

    @Test
    void moreAnswersThanAnAgencyHasPeopleAreRefusedAndNothingIsWritten() {
        IllegalArgumentException myth = assertThrows(IllegalArgumentException.class,
                () -> runner.recordMyth(session, new MythAnswer(MeasurePhase.BASELINE, "m1", "police", 4, 2)));
        assertEquals("Police has 5 people, so 6 answers cannot be right. Correct the row: it is not saved.",
                myth.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> runner.recordConfidence(session, MeasurePhase.BASELINE, "kq", "police", List.of(1, 1, 1, 1, 2)));
        runner.recordConfidence(session, MeasurePhase.BASELINE, "kq", "police", List.of(1, 1, 1, 1, 1));
        Measures saved = runner.load(session);
        assertTrue(saved.myths().isEmpty());
        assertEquals(5, Arrays.stream(saved.confidence(MeasurePhase.BASELINE, "kq", "police")).sum());
    }

    @Test
    void theItemsContentReferenceNamesItsPhase() {
        assertEquals(MeasurePhase.FOLLOW_UP, MeasuresRunner.phaseOf(item("FOLLOW_UP")));
        assertEquals(MeasurePhase.FOLLOW_UP, MeasuresRunner.phaseOf(item("follow-up")));
        assertEquals(MeasurePhase.BASELINE, MeasuresRunner.phaseOf(item("BASELINE")));
        assertEquals(MeasurePhase.BASELINE, MeasuresRunner.phaseOf(item("")));
    }

    private static AgendaItem item(String ref) {
        return AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust", ref, 10);
    }
}
