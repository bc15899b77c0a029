package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.cli.PackCommand;
import org.threshold.content.PackFormatException;
import org.threshold.content.PackReader;

/**
 * A pack with a very great many mistakes is refused with the first 200 listed
 * and the rest counted, so the list stays readable and the check stays small in memory.
 */
class PackProblemsCapTest {
    private static final int MISTAKES = 5000;

    @TempDir
    Path dir;

    @Test
    void theFirstTwoHundredProblemsAreListedAndTheRestCounted() throws Exception {
        Path file = packWithUnknownFields(MISTAKES);

        PackFormatException e = assertThrows(PackFormatException.class, () -> new PackReader().read(file));
        assertEquals(200, e.problems().size());
        assertEquals(MISTAKES, e.total());
        assertEquals("metadata: unknown field \"mistake0\"", e.problems().get(0).toString());
        List<String> lines = e.lines();
        assertEquals(201, lines.size());
        assertEquals("and " + (MISTAKES - 200) + " more problems not listed: fix these, then check again",
                lines.get(200));

        CommandRun run = CommandRun.of(new PackCommand(new PackReader(), a -> Path.of(a.required("--db"))),
                "validate", file.toString());
        assertEquals(1, run.exit());
        List<String> printed = run.errLines();
        assertEquals(202, printed.size(), "200 problems, the count of the rest, and the total");
        assertEquals(lines, printed.subList(0, 201));
        assertEquals(file + ": " + MISTAKES + " problems", printed.get(201));
    }

    private Path packWithUnknownFields(int count) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode pack;
        try (InputStream in = getClass().getResourceAsStream("/org/threshold/content/valid/small-pack.json")) {
            pack = (ObjectNode) json.readTree(in);
        }
        ObjectNode metadata = (ObjectNode) pack.get("metadata");
        for (int i = 0; i < count; i++) {
            metadata.put("mistake" + i, i);
        }
        return Files.write(dir.resolve("pack.json"), json.writeValueAsBytes(pack));
    }
}
