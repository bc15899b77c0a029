package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.store.AtomicFile;
import org.threshold.store.Database;
import org.threshold.store.Leftovers;
import org.threshold.store.StoreException;
import org.threshold.store.StoreProblem;
import org.threshold.workshop.summary.ExampleSession;

/**
 * A CSV export is a set of files written into a temporary folder beside the
 * target and moved into place in one step, so a failure part way leaves the old set whole (as the
 * message says) and a finished export never mixes its files with an earlier one's.
 */
class CsvFolderExportTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void example() {
        db = dir.resolve("threshold.db");
        try (Database database = Database.open(db)) {
            ExampleSession.create(database);
        }
    }

    private CommandRun export(Path out, String... more) {
        return CommandRun.export(db, "csv", out, more);
    }

    @Test
    void anEarlierExportIsReplacedWholeAndOnlyWithForce() throws Exception {
        Path folder = dir.resolve("data");
        assertEquals(0, export(folder).exit());
        Files.writeString(folder.resolve("from-an-older-version.csv"), "stale");
        Map<String, String> before = contents(folder);

        CommandRun refused = export(folder);
        assertEquals(1, refused.exit());
        assertEquals(folder + " already exists. Add --force to replace it.", refused.err().strip());
        assertEquals(before, contents(folder));

        assertEquals(0, export(folder, "--force").exit());
        Map<String, String> after = contents(folder);
        assertTrue(after.containsKey("data-dictionary.csv"));
        assertTrue(!after.containsKey("from-an-older-version.csv"), "no file of the earlier set is left among the new");
        assertEquals(List.of("data", "threshold.db"), names(dir));
    }

    @Test
    void aFolderHoldingAnythingElseIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("documents"));
        Files.writeString(folder.resolve("minutes.docx"), "the facilitator's own");
        CommandRun refused = export(folder, "--force");
        assertEquals(1, refused.exit());
        assertEquals("Threshold will not save over " + folder + ": it is a folder that holds other things than an "
                + "earlier CSV export. Choose a new name.", refused.err().strip());
        assertEquals(List.of("minutes.docx"), names(folder));
    }

    @Test
    void aSetThatFailsPartWayLeavesTheOldSetWholeAndSaysSo() throws Exception {
        Path folder = dir.resolve("data");
        assertEquals(0, export(folder).exit());
        Map<String, String> before = contents(folder);
        AtomicFile files = AtomicFile.forExports(db, Leftovers.none());

        StoreException e = assertThrows(StoreException.class, () -> files.writeFolder(folder, set -> {
            set.write("agenda.csv", out -> out.write("new agenda".getBytes(StandardCharsets.UTF_8)));
            set.write("responses.csv", out -> {
                throw new IOException("No space left on device");
            });
        }, true));

        assertEquals(StoreProblem.DISK_FULL, e.problem());
        assertEquals("Threshold could not save data in " + dir + " (the disk is full). Any file that was there before "
                + "is unchanged. Free some space, then try again.", e.getMessage());
        assertEquals(before, contents(folder));
        assertEquals(List.of("data", "threshold.db"), names(dir), "no temporary folder left beside it");
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String name : names(folder)) {
            files.put(name, Files.readString(folder.resolve(name)));
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("threshold.db."))
                    .sorted().toList();
        }
    }
}
