package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The database engine's library is unpacked into the data folder once and kept: a later start
 * loads the same file, a damaged copy is never loaded but unpacked again, a copy from another
 * version of the driver goes, and a folder that cannot hold it leaves the driver to its own way.
 */
class NativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void unpacksTheDriversOwnLibraryOnceAndKeepsIt() throws Exception {
        Path copy = NativeLibrary.unpackedInto(dir).orElseThrow();

        assertTrue(copy.getFileName().toString().endsWith(LibraryLoaderUtil.getNativeLibName()));
        assertEquals(-1L, Files.mismatch(copy, driversLibrary()), "the copy is byte for byte the driver's");
        FileTime unpackedAt = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, unpackedAt);

        assertEquals(copy, NativeLibrary.unpackedInto(dir).orElseThrow());
        assertEquals(unpackedAt, Files.getLastModifiedTime(copy), "a good copy is not written again");
        assertEquals(1, filesIn(dir), "nothing else is left beside it");
    }

    @Test
    void aDamagedCopyIsUnpackedAgainBeforeItIsLoaded() throws Exception {
        Path copy = NativeLibrary.unpackedInto(dir).orElseThrow();
        byte[] whole = Files.readAllBytes(copy);
        Files.write(copy, Arrays.copyOf(whole, whole.length / 2));

        assertEquals(copy, NativeLibrary.unpackedInto(dir).orElseThrow());
        assertEquals(-1L, Files.mismatch(copy, driversLibrary()));

        whole[whole.length / 3] ^= 0x5a;
        Files.write(copy, whole);
        NativeLibrary.unpackedInto(dir).orElseThrow();
        assertEquals(-1L, Files.mismatch(copy, driversLibrary()), "same size, different bytes: unpacked again");
    }

    @Test
    void aCopyFromAnotherVersionOfTheDriverGoes() throws Exception {
        Path older = Files.writeString(dir.resolve("sqlitejdbc-00000000-" + LibraryLoaderUtil.getNativeLibName()), "old");
        Path unrelated = Files.writeString(dir.resolve("notes.txt"), "not the app's");

        Path copy = NativeLibrary.unpackedInto(dir).orElseThrow();

        assertTrue(Files.exists(copy));
        assertFalse(Files.exists(older));
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void aFolderThatCannotHoldTheCopyLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("native"), "a file where the folder should be");

        assertTrue(NativeLibrary.unpackedInto(notAFolder).isEmpty());
    }

    private Path driversLibrary() throws Exception {
        Path expected = dir.resolveSibling(dir.getFileName() + "-expected");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            Files.copy(in, expected, StandardCopyOption.REPLACE_EXISTING);
        }
        expected.toFile().deleteOnExit();
        return expected;
    }

    private static long filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
