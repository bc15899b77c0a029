package org.threshold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
    @TempDir
    Path dir;

    @Test
    void namesFromTitlesAreSafeOnEveryFileSystem() {
        assertEquals("x.pdf", SafeFileNames.of("../x", "pdf"));
        assertEquals("session-CON.pdf", SafeFileNames.of("CON", "pdf"));
        assertEquals("session-lpt1.txt.md", SafeFileNames.of("lpt1.txt", "md"));
        assertEquals("a-b.html", SafeFileNames.of("a/b", "html"));
        assertEquals("a-b", SafeFileNames.of("a\\b:c*?\"<>|", "").substring(0, 3));
        assertEquals("session.pdf", SafeFileNames.of("...", "pdf"));
        assertEquals("session.pdf", SafeFileNames.of("", "pdf"));
        assertEquals("Привет-мир.pdf", SafeFileNames.of("Привет мир", "pdf"));
        String long300 = SafeFileNames.of("é".repeat(300), "docx");
        assertTrue(long300.getBytes(StandardCharsets.UTF_8).length <= SafeFileNames.MAX_STEM_BYTES + 5, long300);
        assertTrue(long300.endsWith("é.docx"), "no half character at the cut");
        assertFalse(SafeFileNames.of("trailing dots... ", "").endsWith("."));
    }





    @Test
    void thePdfRendererLoadsNothingFromFileOrHttp() throws IOException {
        Path secret = dir.resolve("secret.png");
        Files.write(secret, new byte[] {1, 2, 3});
        List<String> refused = new ArrayList<>();
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/evil.css\" />"
                + "<style>@import url(\"http://127.0.0.1:9/more.css\");</style></head><body><p>Hello</p>"
                + "<img src=\"" + secret.toUri() + "\" /><img src=\"http://127.0.0.1:9/x.png\" /></body></html>";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfWriter(new HtmlWriter(), refused::add).render(xhtml, pdf);
        assertTrue(pdf.size() > 0);
        assertTrue(refused.stream().anyMatch(u -> u.contains("secret.png")), refused.toString());
        assertTrue(refused.stream().anyMatch(u -> u.contains("evil.css")), refused.toString());
    }

}
