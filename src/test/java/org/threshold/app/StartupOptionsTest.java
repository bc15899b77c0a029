package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The file manager opens an archive by passing its path as the only argument; that path is imported, nothing else is. */
class StartupOptionsTest {
    @Test
    void anArchiveOpenedFromTheFileManagerIsTheArchiveToImport() {
        StartupOptions options = StartupOptions.parse(List.of("/home/facilitator/Harrow day.threshold"));
        assertEquals(Optional.of(Path.of("/home/facilitator/Harrow day.threshold")), options.archive());
        assertEquals(Optional.empty(), options.database());
    }

    @Test
    void archivesSavedBeforeAsJsonCountAsArchivesToo() {
        assertTrue(StartupOptions.isArchive("day.THRESHOLD"));
        assertTrue(StartupOptions.isArchive("day.threshold.json"));
        assertFalse(StartupOptions.isArchive("export"));
        assertEquals(Optional.of(Path.of("day.json")), StartupOptions.parse(List.of("--db", "x.db", "day.json")).archive());
    }

    @Test
    void anythingElseIsStillRefusedInOneLine() {
        assertEquals("Unknown option notes.txt (try --help)",
                assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("notes.txt"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("a.threshold", "b.threshold")));
    }

    @Test
    void withoutAnArchiveTheAppOpensAsBefore() {
        StartupOptions options = StartupOptions.parse(List.of("--exit-after-first-frame"));
        assertTrue(options.exitAfterFirstFrame());
        assertEquals(Optional.empty(), options.archive());
    }
}
