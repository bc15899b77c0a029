package org.threshold.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.threshold.domain.ActionReview;
import org.threshold.domain.ActionStatus;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.ContentSnapshot;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.Moderation;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.TrustRating;
import org.threshold.domain.WorkshopSession;

/**
 * Makes the fixture database for the current schema version, with a row in every table, for
 * MigrationsTest to migrate in every later version. Run once when a schema version is released:
 * <pre>java -cp target/classes:target/test-classes:&lt;sqlite-jdbc jar&gt; org.threshold.store.SchemaFixtures</pre>
 * A released fixture is never made again: it stands for the files facilitators already have.
 */
public final class SchemaFixtures {
    static final String FOLDER = "src/test/resources/org/threshold/store/fixtures";
    /**
     * The schema versions a released Threshold wrote, each with its fixture. Versions 2 to 4 were
     * steps within the release that wrote 5: no facilitator's file stopped at them. Add the next
     * version here when it is released, and make its fixture.
     */
    static final List<Integer> RELEASED = List.of(1, 5);

    private SchemaFixtures() {
    }

    static String resourceName(int version) {
        return "fixtures/schema-v" + version + ".sqlite";
    }

    public static void main(String[] args) throws IOException {
        int version = Migrations.standard().latestVersion();
        Path target = Path.of(FOLDER, "schema-v" + version + ".sqlite");
        if (Files.exists(target)) {
            throw new IllegalStateException(target + " exists; released fixtures are never made again");
        }
        Path work = Files.createTempDirectory("fixture");
        Path file = work.resolve("fixture.db");
        try (Database db = Database.open(file)) {
            fill(db);
            // A compact file in rollback-journal mode: what VACUUM INTO writes is one self-contained file.
            db.read(c -> c.createStatement().execute("VACUUM INTO '" + work.resolve("compact.db") + "'"));
        }
        Files.createDirectories(target.getParent());
        Files.copy(work.resolve("compact.db"), target, StandardCopyOption.COPY_ATTRIBUTES);
        try (var files = Files.list(work)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(work);
    }

    private static void fill(Database db) {
        Instant at = Instant.parse("2026-03-12T09:30:00Z");
        WorkshopSession session = new SessionRepository(db).create("fixture-session",
                SessionDetails.of("Leeds information sharing", LocalDate.of(2026, 3, 12), "Civic Hall", "R. Patel"),
                SessionStatus.FINISHED, at);
        long id = session.id();
        new SessionAgencyRepository(db).replaceAll(id, List.of(
                new SessionAgency("police", "Police", 6, 1), new SessionAgency("health", "Health / NHS", 7, 2)));
        List<AgendaItem> agenda = new AgendaRepository(db).save(id, List.of(
                AgendaItem.planned(AgendaItemKind.WELCOME, "Welcome", "", 10),
                AgendaItem.planned(AgendaItemKind.SCENARIO, "Quiet concerns", "quiet-concerns", 40)));
        DecisionKey key = new DecisionKey(agenda.get(1).id(), 1);
        new RevealRepository(db).reveal(key, at);
        new ResponseRepository(db).replaceAgencyAnswers(id, key, "police", List.of(
                Response.hands(key, "police", "share-now", 4), Response.hands(key, "police", "seek-advice", 2)), at);
        new ResponseRepository(db).replaceAgencyAnswers(id, key, "health", List.of(new Response(key, "health", 1,
                "dont-share-yet", 1, ResponseSource.TABLE_DECISION, "police", "public-task", 3, "Not yet a pattern")), at);
        new SnapshotRepository(db).save(id, new ContentSnapshot("core", "1.0", "{\"id\":\"core\"}", at));
        new TrustRepository(db).save(id, new TrustRating(MeasurePhase.BASELINE, "police", "health", 2, 6, ""));
        new TrustRepository(db).save(id, new TrustRating(MeasurePhase.FOLLOW_UP, "police", "health", 4, 6, "Named contact"));
        new ConfidenceRepository(db).replace(id, MeasurePhase.BASELINE, "consent", "health",
                List.of(new ConfidenceRating(MeasurePhase.BASELINE, "consent", "health", 3, 5)));
        new MythAnswerRepository(db).save(id, new MythAnswer(MeasurePhase.BASELINE, "gdpr-blocks", "police", 2, 4));
        new AgencyCardRepository(db).save(id, new AgencyCard("health", "Safeguarding concerns", "Full records", "MASH desk"));
        NoteRepository notes = new NoteRepository(db);
        notes.add(id, new Note(0, 0, NoteKind.ACTION, "Share the MASH contact list", "police", at));
        notes.add(id, new Note(0, agenda.get(1).id(), NoteKind.BARRIER, "Fear of blame", "", at));
        new JournalRepository(db).append(id, "reveal", "stage 1", at);
        new PackRepository(db).save(new StoredPack("core", "Core scenarios", "1.0", "built-in", "{}", at));
        new TrustRepository(db).save(id, new TrustRating(MeasurePhase.BASELINE, "health", "police", TrustRating.DONT_KNOW,
                7, "No contact yet"));
        PhoneRoomRepository phones = new PhoneRoomRepository(db);
        phones.save(id, new PhoneRoomRepository.Room("482913", 1, false), at);
        phones.saveDevice(id, new PhoneRoomRepository.Device("a41f0c", "police", 1), at);
        DeviceAnswerRepository deviceAnswers = new DeviceAnswerRepository(db);
        deviceAnswers.replace(id, key, "a41f0c", List.of(new DeviceAnswer(key, "a41f0c", "police", "", "share-now", "",
                "", 4, "A pattern no one agency sees", Moderation.APPROVED, at)), at);
        deviceAnswers.close(key, at);
        StandRepository stand = new StandRepository(db);
        stand.replacePlacements(id, "police", List.of(new JourneyPlacement("police", 0, "coordinated", 6,
                ResponseSource.SHOW_OF_HANDS)));
        stand.replaceRatings(id, "named-contacts", "health", List.of(new ReadinessRating("named-contacts", "health", 1, 4,
                7, ResponseSource.TABLE_DECISION)));
        new ActionReviewRepository(db).save(id, new ActionReview("earlier-session", "Leeds information sharing, autumn",
                LocalDate.of(2025, 11, 5), at, "Share the MASH contact list", "police", "named-contacts",
                LocalDate.of(2026, 1, 31), ActionStatus.DONE));
        notes.add(id, new Note(0, 0, NoteKind.ACTION, "Name a contact in every agency", "health", at, "named-contacts",
                LocalDate.of(2026, 6, 30)));
        new SettingsRepository(db).put("theme", "projector");
        db.write(c -> Jdbc.update(c, "INSERT INTO agenda_template (name, json, saved_at) VALUES (?, ?, ?)",
                "Half day", "[]", at));
    }
}
