package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.store.AtomicFile;
import org.threshold.store.DataFolder;
import org.threshold.store.Leftovers;
import org.threshold.store.StoreException;

/**
 * An export that is stopped leaves nothing behind; one killed part
 * way leaves a hidden temporary file that the next start clears, as it clears the copies of the
 * database driver's native library that every unclean exit leaves in the data folder. Only files
 * Threshold made, by their names, and only once they are old enough that no running copy of
 * Threshold can still be writing them.
 */
class CrashLeftoversTest {
    private static final String SQLITE_COPY = "sqlite-3.54.1.0-0b3c5e8a-51c2-4f2e-9d7a-6c1f0e2a9b44-libsqlitejdbc.so";

    @TempDir
    Path dir;

    @Test
    void anExportKilledPartWayIsClearedAtTheNextStartAndNothingElseIs() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path chosen = Files.createDirectory(dir.resolve("usb-stick"));
        Path target = Files.writeString(chosen.resolve("summary.md"), "last month's summary");
        Path theirs = Files.writeString(chosen.resolve(".summary.md.tmp"), "another program's temporary file");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingExport.class.getName(), data.toString(),
                target.toString()).redirectErrorStream(true).start();
        assertEquals(137, child.waitFor(), new String(child.getInputStream().readAllBytes()));
        List<String> left = names(chosen);
        assertEquals(3, left.size(), "the crash left its temporary file: " + left);

        Leftovers leftovers = Leftovers.in(new DataFolder(data));
        assertEquals(0, leftovers.cleanUp(Instant.now()), "too new: another copy of Threshold may be writing it");
        assertEquals(1, leftovers.cleanUp(Instant.now().plus(Duration.ofHours(1))));
        assertEquals(List.of(".summary.md.tmp", "summary.md"), names(chosen));
        assertEquals("last month's summary", Files.readString(target));
        assertEquals("another program's temporary file", Files.readString(theirs));
        assertEquals(List.of(), names(data.resolve("unfinished-writes")), "the record goes with the file");
    }

    @Test
    void oldCopiesOfTheNativeLibraryAreClearedButNotTheOneInUseNorAnythingElse() throws Exception {
        DataFolder data = new DataFolder(dir);
        Path folder = Files.createDirectories(data.nativeLibraries());
        Instant now = Instant.now();
        Path old = oldFile(folder.resolve(SQLITE_COPY), now);
        oldFile(folder.resolve(SQLITE_COPY + ".lck"), now);
        Files.writeString(folder.resolve(SQLITE_COPY.replace("0b3c", "9f9f")), "unpacked a minute ago");
        oldFile(folder.resolve("readme.txt"), now);

        assertEquals(2, Leftovers.in(data).cleanUp(now));
        assertTrue(Files.notExists(old));
        assertEquals(List.of("readme.txt", SQLITE_COPY.replace("0b3c", "9f9f")), names(folder));
    }

    @Test
    void anExportStoppedPartWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("summary.pdf"), "the good old summary");
        AtomicFile files = AtomicFile.forExports(dir.resolve("threshold.db"), Leftovers.in(new DataFolder(dir)));
        StoreException e = assertThrows(StoreException.class, () -> files.write(target, out -> {
            Thread.currentThread().interrupt();
            out.write(new byte[1 << 20]);
        }, true));
        assertTrue(Thread.interrupted(), "the stop is passed on");
        assertEquals("Threshold could not save summary.pdf in " + dir + " (it was stopped part way). Any file that was "
                + "there before is unchanged. Check the drive is still connected and has space, then try again.",
                e.getMessage());
        assertEquals("the good old summary", Files.readString(target));
        assertEquals(List.of("summary.pdf", "unfinished-writes"), names(dir));
        assertEquals(List.of(), names(dir.resolve("unfinished-writes")));
    }

    private static Path oldFile(Path file, Instant now) throws IOException {
        Files.writeString(file, "left by a crash");
        Files.setLastModifiedTime(file, FileTime.from(now.minus(Duration.ofDays(2))));
        return file;
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
