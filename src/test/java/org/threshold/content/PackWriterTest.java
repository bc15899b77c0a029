package org.threshold.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threshold.domain.pack.Pack;

class PackWriterTest {
    private final PackReader reader = new PackReader();
    private final PackWriter writer = new PackWriter();

    private Pack valid() throws Exception {
        return reader.read(Fixtures.bytes(Fixtures.VALID));
    }

    @Test
    void writingThenReadingGivesAnEqualPack() throws Exception {
        Pack pack = valid();
        assertEquals(pack, reader.read(writer.write(pack)));
    }

    @Test
    void writingIsStable() throws Exception {
        Pack pack = valid();
        byte[] once = writer.write(pack);
        assertArrayEquals(once, writer.write(reader.read(once)));
    }

    @Test
    void fieldsComeInTheDocumentedOrder() throws Exception {
        String json = writer.writeString(valid());
        assertInOrder(json, "\"format\": \"threshold-pack\"", "\"formatVersion\": 1", "\"metadata\"", "\"agencies\"",
                "\"lawfulBases\"", "\"references\"", "\"scenarios\"", "\"exercises\"");
        assertInOrder(json, "\"id\": \"test-small-pack\"", "\"title\": \"Small test pack\"", "\"version\": \"0.1.0\"",
                "\"jurisdiction\"", "\"guidanceVersions\"", "\"authors\"", "\"licence\"", "\"description\"");
        assertInOrder(json, "\"title\": \"Stage 1: a tired pupil\"", "\"text\"", "\"fragments\"", "\"decision\"",
                "\"question\"", "\"options\"", "\"withWhom\"", "\"guidance\"", "\"appropriate\"", "\"why\"",
                "\"facilitatorNotes\"");
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"), "the same bytes on every platform");
    }

    @Test
    void emptyOptionalFieldsAreLeftOut() throws Exception {
        String json = writer.writeString(valid());
        assertFalse(json.contains("\"section\": \"\""));
        assertFalse(json.contains("\"url\": \"\""));
        assertFalse(json.contains("\"fragments\": []"));
        assertFalse(json.contains("\"facilitatorNotes\": \"\""));
        assertTrue(json.contains("\"text\": \"Children’s") || json.contains("Children’s"), "UTF-8 text kept as it is");
    }


    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, part + " after position " + from);
            from = at + part.length();
        }
    }
}
