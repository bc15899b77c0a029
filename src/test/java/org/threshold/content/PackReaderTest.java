package org.threshold.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Stage;

class PackReaderTest {
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private final PackReader reader = new PackReader();

    @Test
    void validFixtureReadsAndValidates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pack.json");
        Files.write(file, Fixtures.bytes(Fixtures.VALID));

        Pack pack = reader.read(file);

        assertEquals("Small test pack", pack.metadata().title());
        assertEquals(List.of("quiet-concerns", "the-tenancy"), pack.scenarios().stream().map(s -> s.id()).toList());
        assertEquals("Children’s social care", pack.agency("childrens-social-care").orElseThrow().name());
        Stage first = pack.scenarios().get(0).stages().get(0);
        assertEquals("food-bank", first.fragments().get(0).agency());
        assertEquals(OptionKind.WITHHOLD, first.decision().option("dont-share-yet").orElseThrow().kind());
        assertTrue(first.text().contains("\n\n"), "paragraph breaks survive");
        assertTrue(pack.exercises().mythOrFact().get(0).isMyth());
        assertFalse(pack.exercises().mythOrFact().get(1).isMyth());
        assertEquals(5, pack.exercises().trustGrid().scaleMax());
    }

    @Test
    void optionalFieldsLeftOutReadAsEmpty() throws Exception {
        Pack pack = reader.read(Fixtures.bytes(Fixtures.VALID));
        Reference law = pack.reference("uk-gdpr-art6").orElseThrow();
        assertEquals("", law.section());
        assertEquals("", law.url());
        assertFalse(pack.agency("food-bank").orElseThrow().standard());
        Stage second = pack.scenarios().get(0).stages().get(1);
        assertEquals(List.of(), second.fragments());
        assertEquals("", second.facilitatorNotes());
        assertEquals(List.of(), second.decision().withWhom());
        assertEquals(List.of(), second.decision().guidance().references());
        assertEquals(List.of(), pack.scenarios().get(1).themes());
    }

    @Test
    void bytesStreamAndFileGiveTheSamePack() throws Exception {
        byte[] bytes = Fixtures.bytes(Fixtures.VALID);
        assertEquals(reader.read(bytes), reader.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void leadingByteOrderMarkIsAccepted() throws Exception {
        byte[] bytes = Fixtures.bytes(Fixtures.VALID);
        byte[] withMark = new byte[bytes.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withMark, 3, bytes.length);
        assertEquals(reader.read(bytes), reader.read(withMark));
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        // Starts with a byte that is not UTF-8: had the reader decoded or parsed anything, that
        // would be the complaint. Refusing on size alone proves the cap comes first.
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write(0xFF);
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        PackFormatException refused = assertThrows(PackFormatException.class, () -> reader.read(huge));
        assertEquals(List.of("file: too large (50.0 MB); a pack may be at most 5.0 MB"), Fixtures.lines(refused.problems()));
    }

    @Test
    void endlessStreamIsReadOnlyOneByteBeyondTheCap() {
        CountingStream endless = new CountingStream(FIFTY_MB);
        PackFormatException refused = assertThrows(PackFormatException.class, () -> reader.read(endless));
        assertEquals(List.of("file: too large (more than 5.0 MB); a pack may be at most 5.0 MB"),
                Fixtures.lines(refused.problems()));
        assertEquals(PackLimits.DEFAULT.maxBytes() + 1, endless.served);
    }

    @Test
    void sizeCapIsExact() throws Exception {
        byte[] bytes = Fixtures.bytes(Fixtures.VALID);
        PackReader exact = new PackReader(new PackLimits(bytes.length, 32, 100_000), new PackValidator());
        exact.read(bytes);
        PackReader oneShort = new PackReader(new PackLimits(bytes.length - 1, 32, 100_000), new PackValidator());
        assertThrows(PackFormatException.class, () -> oneShort.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void missingFileIsAnIoErrorNotAPackProblem(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> reader.read(dir.resolve("absent.json")));
    }

    @Test
    void contentAfterThePackIsRefused() {
        byte[] bytes = (Fixtures.validText() + "{}").getBytes(StandardCharsets.UTF_8);
        List<String> lines = Fixtures.lines(Fixtures.problems(bytes));
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("line \\d+, column \\d+: more JSON after the end of the pack"), lines.get(0));
    }

    @Test
    void laterFormatVersionIsRefusedWithOneProblem() {
        assertEquals(List.of("formatVersion: this version of Threshold reads format versions 1 and 2; this pack is version 3"),
                Fixtures.lines(Fixtures.problemsAfter("\"formatVersion\": 1", "\"formatVersion\": 3")));
    }

    @Test
    void aListWhereAnObjectBelongsIsNamed() {
        assertEquals(List.of("line 1, column 1: not a pack: a pack is a JSON object and starts with \"{\", found \"[\""),
                Fixtures.lines(Fixtures.problems("[1, 2]".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void nullInPlaceOfTextIsAWrongType() {
        assertEquals(List.of("metadata.licence: expected text in double quotes, found null (leave an optional field out instead)"),
                Fixtures.lines(Fixtures.problemsAfter("\"licence\": \"CC BY 4.0\"", "\"licence\": null")));
    }

    /** Serves {@code size} bytes of spaces without holding them, counting how many were taken. */
    private static final class CountingStream extends InputStream {
        private final long size;
        private long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            served += n;
            return n;
        }
    }
}
