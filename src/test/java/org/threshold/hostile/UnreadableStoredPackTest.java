package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.cli.PackCommand;
import org.threshold.content.PackReader;
import org.threshold.domain.SessionDetails;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.store.Tampering;
import org.threshold.workshop.LibraryPack;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionPlanner;
import org.threshold.workshop.UnreadablePack;

/**
 * A stored pack that no longer reads (its text damaged in the database, past the size a pack may
 * be, or failing a rule) never drops out of sight: the library and the command line list it with
 * its first problem and the place, it cannot be run from, and it can still be exported as stored,
 * replaced or deleted. Workshops planned from it keep the copy of the content they were given.
 */
class UnreadableStoredPackTest {
    private static final String ID = "test-small-pack";

    @TempDir
    Path dir;
    Database db;
    PackLibrary library;

    @BeforeEach
    void importSmallPack() throws Exception {
        db = Database.open(dir.resolve("library.db"));
        library = new PackLibrary(new PackRepository(db));
        library.importPack(library.readForImport(smallPack()), false);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path smallPack() throws Exception {
        Path file = dir.resolve("small-pack.json");
        try (InputStream in = getClass().getResourceAsStream("/org/threshold/content/valid/small-pack.json")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private UnreadablePack listedUnreadable() {
        List<LibraryPack> listing = library.listing();
        assertEquals(List.of("threshold-core-england", ID), listing.stream().map(LibraryPack::id).toList());
        return assertInstanceOf(UnreadablePack.class, listing.get(1));
    }

    @Test
    void aPackWhoseStoredTextIsCutShortIsListedWithItsProblem() {
        Tampering.update(db, "UPDATE pack SET json = substr(json, 1, 40) WHERE id = ?", ID);
        UnreadablePack pack = listedUnreadable();
        assertEquals("Small test pack", pack.title());
        assertEquals("imported", pack.originInWords());
        assertTrue(pack.problem().matches("line \\d+, column \\d+: .+"), pack.problem());
        assertEquals(List.of("threshold-core-england"), library.list().stream().map(LibraryPack::id).toList(),
                "a pack that does not read is never offered to run a workshop from");
        assertTrue(library.find(ID).isEmpty());
    }

    @Test
    void aPackStoredPastTheSizeLimitIsListedWithTheSizeNamed() {
        Tampering.update(db, "UPDATE pack SET json = json || replace(hex(zeroblob(2700000)), '0', ' ') WHERE id = ?", ID);
        assertEquals("file: too large (5.2 MB); a pack may be at most 5.0 MB", listedUnreadable().problem());
    }

    @Test
    void aPackFailingARuleIsListedWithThePlaceNamed() {
        Tampering.update(db, "UPDATE pack SET json = replace(json, '\"jurisdiction\"', '\"jurisdictio\"') WHERE id = ?", ID);
        String problem = listedUnreadable().problem();
        assertTrue(problem.startsWith("metadata: unknown field \"jurisdictio\""), problem);
    }

    @Test
    void itsStoredTextCanBeExportedUntouchedAndThePackReplacedOrDeleted() throws Exception {
        Tampering.update(db, "UPDATE pack SET json = substr(json, 1, 40) WHERE id = ?", ID);
        UnreadablePack pack = listedUnreadable();
        Path saved = library.exportStoredText(pack, dir.resolve("rescued.json"), false);
        assertEquals(pack.storedText(), Files.readString(saved, StandardCharsets.UTF_8));

        assertTrue(library.wouldReplace(ID).isPresent(), "an import of the same id asks before replacing it");
        library.importPack(library.readForImport(smallPack()), true);
        assertInstanceOf(PackLibrary.LoadedPack.class, library.listing().get(1));

        Tampering.update(db, "UPDATE pack SET json = '{' WHERE id = ?", ID);
        assertTrue(library.delete(ID));
        assertEquals(1, library.listing().size());
    }

    @Test
    void aWorkshopPlannedFromThePackKeepsItsContent() throws Exception {
        SessionPlanner planner = new SessionPlanner(db, library, Clock.systemUTC());
        long session = new SessionCatalog(db, Clock.systemUTC())
                .create(SessionDetails.of("Leeds", LocalDate.of(2026, 10, 14), "Civic Hall", "A. F.")).id();
        planner.load(session);
        planner.usePack(session, library.find(ID).orElseThrow());
        Tampering.update(db, "UPDATE pack SET json = substr(json, 1, 40) WHERE id = ?", ID);
        SessionPlanner.Plan plan = planner.load(session);
        assertEquals(ID, plan.pack().metadata().id());
        assertEquals(2, plan.pack().scenarios().size());
    }

    @Test
    void theCommandLineListsItWithItsProblemAndExitsOne() {
        Tampering.update(db, "UPDATE pack SET json = replace(json, '\"jurisdiction\"', '\"jurisdictio\"') WHERE id = ?", ID);
        db.close();
        CommandRun run = CommandRun.of(new PackCommand(new PackReader(), arguments -> arguments.option("--db")
                .map(Path::of).orElseThrow()), "list", "--db", dir.resolve("library.db").toString());
        db = Database.open(dir.resolve("library.db"));
        assertEquals(1, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("threshold-core-england (version "), lines.get(0));
        assertTrue(lines.get(1).startsWith(ID + " (version 0.1.0, imported): Small test pack. Cannot be read: "
                + "metadata: unknown field \"jurisdictio\""), lines.get(1));
        assertEquals("", run.err());
    }
}
