package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threshold.store.StoreFixtures.T0;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.WorkshopSession;

/**
 * RELIABILITY.md test 2: the disk fills mid-session (PRAGMA max_page_count stops the file
 * growing, and SQLite answers exactly as for a full disk). The message is plain, the edits wait
 * in memory, the data already saved is intact, and once space is freed a retry saves them all.
 */
class DiskFullTest {
    private static final String LONG_TEXT = "The school nurse knew about the bruising but did not know who to call. ".repeat(120);

    @TempDir
    Path dir;
    Database db;
    WorkshopSession session;
    NoteRepository notes;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("full.db"));
        session = StoreFixtures.sessionWithNotes(db, "s1", 10);
        notes = new NoteRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void editsMadeWhileTheDiskIsFullWaitInMemoryAndAreSavedInOrderOnceThereIsSpace() {
        Map<String, Long> before = StoreFixtures.counts(db);
        PendingWrites pending = new PendingWrites();
        fillTheDisk();

        PendingWrites.Outcome first = pending.save("Barrier: who to call", () -> notes.add(session.id(), note("first")));
        assertFalse(first.allSaved());
        StoreException problem = first.problem().orElseThrow();
        assertEquals(StoreProblem.DISK_FULL, problem.problem());
        assertEquals("The disk is full, so the last change could not be saved. It is kept on screen: "
                + "free some space and it will be saved on the next try.", problem.getMessage());

        pending.save("Action: named contacts", () -> notes.add(session.id(), note("second")));
        assertEquals(List.of("Barrier: who to call", "Action: named contacts"), pending.descriptions());
        assertEquals(before, StoreFixtures.counts(db), "nothing half saved, nothing earlier lost");
        assertEquals("ok", StoreFixtures.integrity(db));
        assertEquals(2, pending.retry().pending(), "still full: both still waiting");

        freeSpace();
        assertTrue(pending.retry().allSaved());
        List<Note> saved = notes.list(session.id());
        assertEquals(12, saved.size());
        assertTrue(saved.get(10).text().startsWith("first"), "saved in the order they were made");
        assertTrue(saved.get(11).text().startsWith("second"));
        assertEquals("ok", StoreFixtures.integrity(db));
    }

    @Test
    void aMultiRowSaveThatMeetsAFullDiskSavesNoneOfItsRowsAndAllOfThemOnRetry() {
        AgendaItem item = new AgendaRepository(db).save(session.id(),
                List.of(AgendaItem.planned(AgendaItemKind.SCENARIO, "Quiet concerns", "quiet", 40))).get(0);
        DecisionKey key = new DecisionKey(item.id(), 1);
        ResponseRepository responses = new ResponseRepository(db);
        List<Response> tables = List.of(table(key, 1), table(key, 2), table(key, 3), table(key, 4));
        fillTheDisk();
        PendingWrites pending = new PendingWrites();
        PendingWrites.Outcome outcome = pending.save("Police tables at stage 1",
                () -> responses.replaceAgencyAnswers(session.id(), key, "police", tables, T0));
        assertEquals(StoreProblem.DISK_FULL, outcome.problem().orElseThrow().problem());
        assertEquals(List.of(), responses.listFor(key), "the whole transaction rolled back");
        assertEquals(10, notes.list(session.id()).size());

        freeSpace();
        assertTrue(pending.retry().allSaved());
        assertEquals(tables, responses.listFor(key));
    }

    @Test
    void aProblemThatWaitingWillNotFixIsThrownAndNotKept() {
        PendingWrites pending = new PendingWrites();
        StoreException e = assertThrows(StoreException.class, () -> pending.save("a broken edit",
                () -> db.write(c -> c.createStatement().executeUpdate("INSERT INTO journal (at, action) VALUES ('now', NULL)"))));
        assertEquals(StoreProblem.FAILED, e.problem());
        assertEquals(0, pending.pending());
        assertTrue(pending.save("a good edit", () -> notes.add(session.id(), note("fine"))).allSaved());
    }

    /** The file may not grow past the pages it has now: the next new page fails as on a full disk. */
    private void fillTheDisk() {
        db.read(c -> {
            // Pages a migration freed (a table rebuilt) would take the next rows without the file growing.
            c.createStatement().execute("VACUUM");
            long pages = Long.parseLong(SqliteConnections.single(c.createStatement(), "PRAGMA page_count"));
            return c.createStatement().execute("PRAGMA max_page_count = " + pages);
        });
    }

    private void freeSpace() {
        db.read(c -> c.createStatement().execute("PRAGMA max_page_count = 2147483646"));
    }

    private static Note note(String text) {
        return new Note(0, 0, NoteKind.BARRIER, text + " " + LONG_TEXT, "", T0);
    }

    private static Response table(DecisionKey key, int tableNo) {
        return new Response(key, "police", tableNo, "share-now", 1, ResponseSource.TABLE_DECISION, "health",
                "public-task", 4, LONG_TEXT);
    }
}
