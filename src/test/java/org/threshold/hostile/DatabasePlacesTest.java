package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.cli.ArchiveCommand;
import org.threshold.cli.DemoCommand;
import org.threshold.cli.PackCommand;
import org.threshold.content.PackReader;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.store.StoreException;
import org.threshold.store.StoreProblem;
import org.threshold.workshop.summary.ExampleSession;

/**
 * A database is created only where the facilitator asked for a new
 * one, never with folders above it; reading a database (every export) opens it read-only and
 * leaves nothing beside it, and a path that is a folder or a damaged file leaves no lock file.
 */
class DatabasePlacesTest {
    @TempDir
    Path dir;

    @Test
    void aMistypedDatabaseIsNeverCreatedAndNorAreFolders() throws Exception {
        Path typo = dir.resolve("Threshlod/threshold.db");
        CommandRun demo = CommandRun.of(new DemoCommand(a -> Path.of(a.required("--db"))), "--db", typo.toString(), "--create");
        assertEquals(1, demo.exit());
        assertEquals(List.of("The folder " + typo.getParent() + " does not exist. Check the path: Threshold does not "
                + "create folders it was not asked for."), demo.errLines());

        Path newName = dir.resolve("threshlod.db");
        CommandRun pack = CommandRun.of(new PackCommand(new PackReader(), a -> Path.of(a.required("--db"))),
                "import", bundledPackCopy().toString(), "--db", newName.toString());
        assertEquals(2, pack.exit());
        assertEquals(List.of("There is no Threshold database at " + newName + ". Check the path, or add --create to "
                + "start a new database there."), pack.errLines());

        CommandRun archive = CommandRun.of(new ArchiveCommand(Leftovers.none(), ExampleSession.CLOCK), "import",
                dir.resolve("no-such-archive.json").toString(), "--db", newName.toString(), "--create");
        assertEquals(1, archive.exit());
        assertEquals(List.of("There is no archive file at " + dir.resolve("no-such-archive.json") + "."),
                archive.errLines());
        assertEquals(List.of("pack.json"), names(dir), "no database, no folder, no lock file");

        CommandRun asked = CommandRun.of(new DemoCommand(a -> Path.of(a.required("--db"))), "--db", newName.toString(), "--create");
        assertEquals(0, asked.exit(), asked.err());
        assertEquals(List.of("pack.json", "threshlod.db", "threshlod.db.lock"), names(dir),
                "asked for, the database is made, with the lock file that says whether it was closed cleanly");
    }

    @Test
    void aFolderOrADamagedFileGivenAsTheDatabaseLeavesNoLockFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("sessions.db"));
        StoreException notAFile = assertThrows(StoreException.class, () -> Database.open(folder));
        assertEquals(folder + " is a folder, not a Threshold database. Give the path of a database file.",
                notAFile.getMessage());
        Path damaged = Files.writeString(dir.resolve("damaged.db"), "this was never a database, it is a shopping list");
        StoreException corrupt = assertThrows(StoreException.class, () -> Database.open(damaged));
        assertEquals(StoreProblem.CORRUPT, corrupt.problem());
        assertEquals(List.of("damaged.db", "sessions.db"), names(dir));
    }

    @Test
    void exportingReadsTheDatabaseWithoutWritingBesideItOrInIt() throws Exception {
        Path db = dir.resolve("threshold.db");
        try (Database database = Database.open(db)) {
            ExampleSession.create(database);
        }
        String before = sha256(db);
        String lock = Files.readString(dir.resolve("threshold.db.lock"));
        Path out = Files.createDirectory(dir.resolve("out"));
        for (String format : List.of("md", "csv")) {
            CommandRun run = CommandRun.export(db, format, out.resolve("summary." + format));
            assertEquals(0, run.exit(), run.err());
        }
        CommandRun archive = CommandRun.of(new ArchiveCommand(Leftovers.none(), ExampleSession.CLOCK), "export",
                "--db", db.toString(), "--session", "latest", "--out", out.resolve("day.json").toString());
        assertEquals(0, archive.exit(), archive.err());
        assertEquals(List.of("out", "threshold.db", "threshold.db.lock"), names(dir), "no -wal or -shm left beside it");
        assertEquals(before, sha256(db), "the file itself is untouched");
        assertEquals(lock, Files.readString(dir.resolve("threshold.db.lock")), "the app's lock file as the app left it");
        Files.delete(dir.resolve("threshold.db.lock"));
        try (Database reading = Database.openForReading(db)) {
            assertTrue(reading.isReadOnly());
        }
        assertEquals(List.of("out", "threshold.db"), names(dir), "a lock file reading made goes with it");
    }

    private Path bundledPackCopy() throws IOException {
        try (var in = getClass().getResourceAsStream("/org/threshold/content/valid/small-pack.json")) {
            Path file = dir.resolve("pack.json");
            Files.copy(in, file);
            return file;
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
