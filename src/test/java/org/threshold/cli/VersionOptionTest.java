package org.threshold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.Main;

/** {@code threshold --version}, as an installer's check or an IT script calls it, answers like {@code version}. */
class VersionOptionTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.commandLine().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void versionOptionPrintsTheVersionLine() {
        assertEquals(0, run("--version"));
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(printed.matches("Threshold \\d+\\.\\d+\\.\\d+.* \\(Java .+\\)"), printed);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpNamesTheVersionOption() {
        Main.commandLine().printHelp(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("threshold --version"));
    }
}
