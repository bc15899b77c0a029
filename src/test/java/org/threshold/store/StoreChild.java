package org.threshold.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;

/**
 * A second JVM for the tests that need a real process: one killed with -9 mid-write, a second
 * instance, an unusable temp folder. It speaks to the test through lines on standard output,
 * which are the protocol here, not logging.
 */
public final class StoreChild {
    static final String SESSION_UID = "crash-rounds";
    static final int NOTES_PER_BATCH = 3;
    static final int RESPONSES_PER_BATCH = 2;

    private StoreChild() {
    }

    public static void main(String[] args) throws IOException {
        ChildJvm.exitWhenTheTestGoesAway();
        PrintStream out = System.out;
        String mode = args[0];
        Path file = Path.of(args[1]);
        if (args.length > 2 && !args[2].equals("-")) {
            Database.extractNativeLibraryInto(Path.of(args[2]));
        }
        try {
            switch (mode) {
                case "write" -> writeBatchesUntilKilled(file, out);
                case "open" -> openWriteAndRead(file, out);
                default -> throw new IllegalArgumentException(mode);
            }
        } catch (StoreException e) {
            out.println("PROBLEM " + e.problem() + " " + e.getMessage());
        }
        out.flush();
    }

    /**
     * Each batch is one transaction of several rows in three tables; ACK is printed only after
     * the commit returned, so every ACK the test reads is a promise that the batch is on disk.
     */
    private static void writeBatchesUntilKilled(Path file, PrintStream out) {
        try (Database db = Database.open(file)) {
            SessionRepository sessions = new SessionRepository(db);
            WorkshopSession session = sessions.findByUid(SESSION_UID).orElseGet(() ->
                    sessions.create(SESSION_UID, DatabaseTest.details(), SessionStatus.RUNNING, Instant.EPOCH));
            AgendaRepository agenda = new AgendaRepository(db);
            List<AgendaItem> items = agenda.list(session.id());
            AgendaItem item = items.isEmpty()
                    ? agenda.save(session.id(), List.of(AgendaItem.planned(AgendaItemKind.SCENARIO, "S", "s", 30))).get(0)
                    : items.get(0);
            NoteRepository notes = new NoteRepository(db);
            ResponseRepository responses = new ResponseRepository(db);
            JournalRepository journal = new JournalRepository(db);
            long next = db.read(c -> Jdbc.one(c, "SELECT count(*) FROM journal WHERE action = 'batch'",
                    row -> row.getLong(1))).orElse(0L);
            out.println("OPEN " + next);
            out.flush();
            String padding = "x".repeat(1500);
            // Bounded, so a child whose parent vanished without closing the pipe still ends.
            for (long batch = next; batch < next + 100_000; batch++) {
                long b = batch;
                db.transaction(() -> {
                    for (int j = 0; j < NOTES_PER_BATCH; j++) {
                        notes.add(session.id(), new Note(0, item.id(), NoteKind.DISCUSSION, "b" + b + "/" + j + padding,
                                "b" + b, Instant.EPOCH));
                    }
                    DecisionKey key = new DecisionKey(item.id(), (int) b);
                    responses.replaceAgencyAnswers(session.id(), key, "police", List.of(
                            Response.hands(key, "police", "share-now", 3),
                            Response.hands(key, "police", "seek-advice", 2)), Instant.EPOCH);
                    journal.append(session.id(), "batch", Long.toString(b), Instant.EPOCH);
                });
                out.println("ACK " + b);
                out.flush();
            }
        }
    }

    private static void openWriteAndRead(Path file, PrintStream out) {
        try (Database db = Database.open(file)) {
            SessionRepository sessions = new SessionRepository(db);
            sessions.create("child-" + ProcessHandle.current().pid(), DatabaseTest.details(), SessionStatus.PLANNED,
                    Instant.EPOCH);
            out.println("OK " + sessions.list().size());
        }
    }
}
