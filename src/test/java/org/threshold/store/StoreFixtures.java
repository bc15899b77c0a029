package org.threshold.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionStatus;
import org.threshold.domain.WorkshopSession;

/** Small helpers shared by the reliability tests: data to lose, clocks to turn, files to compare. */
final class StoreFixtures {
    static final Instant T0 = Instant.parse("2026-03-12T09:30:00Z");

    private StoreFixtures() {
    }

    /** A session with {@code notes} notes; returns the session. */
    static WorkshopSession sessionWithNotes(Database db, String uid, int notes) {
        // One transaction: one sync to disk instead of one per note keeps the tests quick.
        return db.transaction(() -> {
            WorkshopSession session = new SessionRepository(db).create(uid, DatabaseTest.details(), SessionStatus.RUNNING, T0);
            NoteRepository repository = new NoteRepository(db);
            for (int i = 0; i < notes; i++) {
                repository.add(session.id(), new Note(0, 0, NoteKind.DISCUSSION, uid + " note " + i, "", T0));
            }
            return session;
        });
    }

    static Map<String, Long> counts(Database db) {
        return db.read(Verification::counts);
    }

    static String integrity(Database db) {
        return db.read(c -> SqliteConnections.single(c.createStatement(), "PRAGMA integrity_check"));
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            now = start;
        }

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        void set(Instant to) {
            now = to;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
