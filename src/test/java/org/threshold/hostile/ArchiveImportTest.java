package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.cli.ArchiveCommand;
import org.threshold.cli.CompareCommand;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Response;
import org.threshold.domain.WorkshopSession;
import org.threshold.report.SessionArchive;
import org.threshold.store.AgendaRepository;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.store.ResponseRepository;
import org.threshold.workshop.summary.ArchiveSession;
import org.threshold.workshop.summary.ExampleSession;

/**
 * An archive is checked whole before any database is opened: its format version, its content
 * with the same reader as a pack, and every answer, rating and note against that content; a refusal is one plain line naming the place, with no class name and
 * no text of the file in it; and what the command line echoes of an archive is stripped of
 * control codes. Analysis copes with an answer to an option the content does not have.
 */
class ArchiveImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Written into the file as the JSON escape of half a character, which no encoder would write. */
    private static final String LONE_SURROGATE = "HALF-A-CHARACTER";

    @TempDir
    Path dir;
    Path archive;
    ObjectNode good;

    @BeforeEach
    void anArchiveOfTheExample() throws Exception {
        archive = dir.resolve("day.threshold.json");
        try (Database database = Database.open(dir.resolve("here.db"))) {
            WorkshopSession session = ExampleSession.create(database);
            new ArchiveSession(database, ExampleSession.CLOCK).export(session.id(), archive, false, step -> { });
        }
        good = (ObjectNode) JSON.readTree(archive.toFile());
    }

    @Test
    void anAnswerToAnOptionTheContentDoesNotHaveIsRefusedBeforeAnyDatabaseIsMade() throws Exception {
        assertRefused(a -> firstResponse(a).put("optionId", "no-such-option"),
                "responses[0].optionId: \u201cno-such-option\u201d is not an option at stage ");
        assertRefused(a -> firstResponse(a).put("agencyCode", "mi5"),
                "responses[0].agencyCode: \u201cmi5\u201d is not one of the session's agencies");
        assertRefused(a -> ((ArrayNode) a.get("agencies")).add(a.get("agencies").get(0).deepCopy()),
                "agencies[" + good.get("agencies").size() + "].code: \u201c");
    }

    @Test
    void aPhonesAnswerIsCheckedLikeEveryOtherAnswer() throws Exception {
        assertRefused(a -> phoneAnswer(a, "mi5", firstResponse(a).get("key").get("agendaItemId").asLong()),
                "phoneAnswers[0].agencyCode: \u201cmi5\u201d is not one of the session's agencies");
        assertRefused(a -> phoneAnswer(a, firstResponse(a).get("agencyCode").asText(), 999_999),
                "phoneAnswers[0].key.agendaItemId: ");
    }

    @Test
    void savedContentIsReadAsStrictlyAsAPack() throws Exception {
        assertRefused(a -> snapshot(a).put("packJson", "{ this is not json"),
                "snapshot.packJson: line 1, column 3: ");
        assertRefused(a -> snapshot(a).put("packJson", pack(a).put("formatVersion", 99).toString()),
                "snapshot.packJson: formatVersion: ");
        assertRefused(a -> {
            ObjectNode pack = pack(a);
            ((ObjectNode) pack.get("scenarios").get(0)).put("title", "<img src=x onerror=alert(1)>");
            snapshot(a).put("packJson", pack.toString());
        }, "snapshot.packJson: scenarios[0].title: looks like HTML");
    }

    @Test
    void aTextLongerThanAPackMayHoldOrHalfACharacterIsRefused() throws Exception {
        assertRefused(a -> firstNote(a).put("text", "x".repeat(100_001)),
                "notes[0]: a text is longer than 100000 characters");
        assertRefused(a -> firstNote(a).put("text", "broken " + LONE_SURROGATE + " half"),
                "notes[0]: a text holds half a character");
    }

    @Test
    void theFormatVersionIsAWholeNumberAndEveryProblemIsPlain() throws Exception {
        assertRefused(a -> a.put("formatVersion", "1"), "formatVersion: expected a whole number");
        assertRefused(a -> a.put("formatVersion", 1.5), "formatVersion: expected a whole number");
        assertRefused(a -> a.put("formatVersion", SessionArchive.VERSION + 1), "was saved by a newer version of Threshold");
        assertRefused(a -> firstResponse(a).put("count", "a secret note"), "responses[0].count: expected a whole number");
        assertRefused(a -> firstResponse(a).put("count", -4), "responses[0]: a count cannot be negative");
        assertRefused(a -> firstNote(a).remove("text"), "notes[0].text: missing");
    }

    /** A file cut short in copying, or empty, is said to be so, not blamed on the value where it stops. */
    @Test
    void anArchiveCutShortOrEmptyIsSaidToBeSo() throws Exception {
        String whole = good.toString();
        for (int cut : List.of(whole.indexOf("packJson") + 40, whole.length() / 2, whole.length() - 3)) {
            assertRefused(whole.substring(0, cut), "is not a readable Threshold session archive: the file ends part way"
                    + " through, so it may have been cut short while it was copied.");
        }
        assertRefused("", "is not a readable Threshold session archive: the file is empty.");
    }

    @Test
    void aTitleIsEchoedWithoutItsControlCodes() throws Exception {
        ((ObjectNode) good.get("session")).put("title", "Harbridge \u001b[2J\u001b]0;owned\u0007day\u009b1m\r\nFAKE");
        Files.writeString(archive, good.toString());
        Path db = Files.createDirectory(dir.resolve("there")).resolve("threshold.db");
        CommandRun run = CommandRun.of(new ArchiveCommand(Leftovers.none(), ExampleSession.CLOCK), "import",
                archive.toString(), "--db", db.toString(), "--create");
        assertEquals(0, run.exit(), run.err());
        assertEquals("Imported \"Harbridge [2J]0;ownedday1m  FAKE\" as session 1", run.out().strip());
        Path named = dir.resolve("day\u001b[31m\u0007.json");
        Files.writeString(named, "{ broken");
        CommandRun refused = CommandRun.of(new ArchiveCommand(Leftovers.none(), ExampleSession.CLOCK), "import",
                named.toString(), "--db", db.toString());
        assertEquals(1, refused.exit());
        assertEquals(List.of("day[31m.json is not a readable Threshold session archive: line 1, column 3: not valid JSON."),
                refused.errLines());
    }

    @Test
    void exportsAndComparisonsCopeWithAnAnswerToAnOptionTheContentDoesNotHave() throws Exception {
        Path db = dir.resolve("here.db");
        try (Database database = Database.open(db)) {
            ExampleSession.create(database);
            AgendaItem scenario = new AgendaRepository(database).list(1).stream()
                    .filter(i -> i.kind() == AgendaItemKind.SCENARIO).findFirst().orElseThrow();
            for (int stage : List.of(0, 40)) {
                DecisionKey key = new DecisionKey(scenario.id(), stage);
                new ResponseRepository(database).replaceAgencyAnswers(1, key, "police",
                        List.of(Response.hands(key, "police", "no-such-option", 9)), Instant.EPOCH);
            }
        }
        for (String format : List.of("pdf", "docx", "html", "md", "csv")) {
            CommandRun run = CommandRun.export(db, format, dir.resolve("summary." + format));
            assertEquals(0, run.exit(), format + ": " + run.err());
        }
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("no\\-such\\-option"),
                "the answers are still counted, under the option's id");
        CommandRun compare = CommandRun.of(new CompareCommand(ExampleSession.DECODER, Leftovers.none(),
                ExampleSession.CLOCK, ExampleSession.LONDON), "--db", db.toString(), "--sessions", "1,2", "--format",
                "md", "--out", dir.resolve("compare.md").toString());
        assertEquals(0, compare.exit(), compare.err());
    }

    private void assertRefused(Consumer<ObjectNode> damage, String expected) throws Exception {
        ObjectNode damaged = good.deepCopy();
        damage.accept(damaged);
        assertRefused(JSON.writeValueAsString(damaged).replace(LONE_SURROGATE, "\\ud800"), expected);
    }

    private void assertRefused(String text, String expected) throws Exception {
        Path file = dir.resolve("damaged.json");
        Files.writeString(file, text);
        Path db = dir.resolve("new.db");
        CommandRun run = CommandRun.of(new ArchiveCommand(Leftovers.none(), ExampleSession.CLOCK), "import",
                file.toString(), "--db", db.toString(), "--create");
        assertEquals(1, run.exit(), run.out());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.contains(expected), line);
        for (String leak : List.of("Exception", "com.fasterxml", "java.", "a secret note", "\ud800")) {
            assertFalse(line.contains(leak), "no class names and no text of the file: " + line);
        }
        assertFalse(Files.exists(db), "nothing was written, not even a new database");
    }

    private static ObjectNode firstResponse(ObjectNode archive) {
        return (ObjectNode) archive.get("responses").get(0);
    }

    /** One answer given on a phone, as an archive carries it. */
    private static void phoneAnswer(ObjectNode archive, String agency, long agendaItemId) {
        ObjectNode answer = archive.withArray("phoneAnswers").addObject();
        answer.putObject("key").put("agendaItemId", agendaItemId).put("stageIndex", 0);
        answer.put("device", "phone-1").put("agencyCode", agency).put("part", "").put("value", "share-now")
                .put("withWhom", "").put("basis", "").put("confidence", 0).put("text", "")
                .put("moderation", "APPROVED").put("recordedAt", "2026-10-14T10:00:00Z");
    }

    private static ObjectNode firstNote(ObjectNode archive) {
        return (ObjectNode) archive.get("notes").get(0);
    }

    private static ObjectNode snapshot(ObjectNode archive) {
        return (ObjectNode) archive.get("snapshot");
    }

    private static ObjectNode pack(ObjectNode archive) {
        try {
            return (ObjectNode) JSON.readTree(snapshot(archive).get("packJson").asText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
