package org.threshold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.content.PackReader;

class PackCommandTest {
    private final PackCommand command = new PackCommand(new PackReader(),
            arguments -> Path.of(arguments.required("--db")));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) throws CliException {
        return command.run(List.of(args), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private Path copy(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/org/threshold/content/" + resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void validPackPrintsOkWithItsScenarioCount() throws Exception {
        Path file = copy("valid/small-pack.json", "pack.json");
        assertEquals(0, run("validate", file.toString()));
        assertEquals(file + ": ok (2 scenarios)\n", text(out));
        assertEquals("", text(err));
    }

    @Test
    void brokenPackPrintsEachProblemAndExitsOne() throws Exception {
        Path file = copy("broken/unknown-field.json", "pack.json");
        assertEquals(1, run("validate", file.toString()));
        assertEquals("", text(out));
        assertEquals("scenarios[0].stages[0]: unknown field \"txt\" (did you mean \"text\"?)\n"
                + "scenarios[0].stages[0].text: missing\n"
                + file + ": 2 problems\n", text(err));
    }

    @Test
    void malformedJsonIsOneLocatedLine() throws Exception {
        Path file = copy("broken/duplicate-key.json", "pack.json");
        assertEquals(1, run("validate", file.toString()));
        assertEquals("line 7, column 12: duplicate field \"title\" in metadata\n" + file + ": 1 problem\n", text(err));
    }

    @Test
    void missingFileIsOnePlainLineAndExitTwo() {
        Path absent = dir.resolve("absent.json");
        CliException e = assertThrows(CliException.class, () -> run("validate", absent.toString()));
        assertEquals(absent + ": no such file", e.getMessage());
        assertEquals(2, e.exitCode());
    }

    @Test
    void folderIsOnePlainLineAndExitTwo() {
        CliException e = assertThrows(CliException.class, () -> run("validate", dir.toString()));
        assertEquals(dir + ": is a folder, not a pack file", e.getMessage());
        assertEquals(2, e.exitCode());
    }

    @Test
    void misuseIsExitTwo() {
        String usage = "Usage: pack validate FILE | pack import FILE [--db PATH [--create]] [--replace] | pack list [--db PATH]";
        assertEquals(usage, assertThrows(CliException.class, this::run).getMessage());
        assertEquals("Unknown pack action \"export\"; u" + usage.substring(1),
                assertThrows(CliException.class, () -> run("export", "x.json")).getMessage());
        assertEquals(usage, assertThrows(CliException.class, () -> run("list", "x.json", "--db", "x.db")).getMessage());
        assertEquals(usage, assertThrows(CliException.class, () -> run("validate", "a.json", "b.json")).getMessage());
        assertEquals(2, assertThrows(CliException.class, () -> run("validate", "--db", "x")).exitCode());
        assertEquals(2, assertThrows(CliException.class, () -> run("import", "a.json", "--db")).exitCode());
    }

    @Test
    void nameAndUsage() {
        assertEquals("pack", command.name());
        assertEquals(true, command.usage().startsWith("pack validate FILE"));
    }
}
