package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.content.PackFormatException;
import org.threshold.content.PackReader;
import org.threshold.domain.pack.Pack;

/**
 * A pack's no-HTML rule refuses what a browser would take for markup and
 * lets plain text that uses the signs through; half a character (a lone surrogate written as a
 * \\u escape) is refused with its place named rather than stored as "?".
 */
class PackTextRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACE = "scenarios[0].title";

    @Test
    void markupIsRefusedWhateverItsShape() throws Exception {
        for (String markup : List.of("<script>alert(1)</script>", "Before </p> after", "<img src=x onerror=alert(1)>",
                "<svg/onload=alert(1)>", "A line<br/>break", "<a href=\"https://example.org\">here</a>",
                "Hidden <!-- a comment --> text", "<!DOCTYPE html>", "<![CDATA[ x ]]>", "<?xml version=\"1.0\"?>",
                "<input disabled />")) {
            PackFormatException e = assertThrows(PackFormatException.class, () -> read(withTitle(markup)), markup);
            assertEquals(PLACE, e.problems().get(0).place(), markup);
            assertEquals(true, e.problems().get(0).message().startsWith("looks like HTML"), e.problems().toString());
        }
    }

    @Test
    void plainTextThatUsesTheSignsIsAccepted() throws Exception {
        for (String plain : List.of("When a<b and c>d, share", "<<Insert the agency's name>>", "Risk x <3 y",
                "Write to <duty.team@example.org>", "Scores -> 3, <- 1", "If i<n and n=3 then stop")) {
            assertEquals(plain, read(withTitle(plain)).scenarios().get(0).title());
        }
    }

    @Test
    void halfACharacterIsRefusedWithItsPlaceNamed() throws Exception {
        String json = withTitle("TITLE").replace("TITLE", "Caf\\ud800e");
        PackFormatException e = assertThrows(PackFormatException.class, () -> read(json));
        assertEquals(PLACE + ": holds half a character (a \\u escape of a lone surrogate); write the whole character,"
                + " or leave it out", e.problems().get(0).toString());

        String whole = withTitle("TITLE").replace("TITLE", "Caf\\u00e9 \\ud83d\\ude00");
        assertEquals("Caf\u00e9 \ud83d\ude00", read(whole).scenarios().get(0).title(), "a pair is one whole character");
    }

    private static Pack read(String json) throws PackFormatException {
        return new PackReader().read(json.getBytes(StandardCharsets.UTF_8));
    }

    private String withTitle(String title) throws IOException {
        ObjectNode pack;
        try (InputStream in = getClass().getResourceAsStream("/org/threshold/content/valid/small-pack.json")) {
            pack = (ObjectNode) JSON.readTree(in);
        }
        ((ObjectNode) pack.get("scenarios").get(0)).put("title", title);
        return JSON.writeValueAsString(pack);
    }
}
