package org.threshold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.store.StoredPack;

class PackImportCommandTest {
    private final PackCommand command = new PackCommand(new PackReader(),
            arguments -> Path.of(arguments.required("--db")));
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) throws CliException {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
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

    private List<StoredPack> stored(Path db) {
        try (Database database = Database.open(db)) {
            return new PackRepository(database).list();
        }
    }

    @Test
    void aValidPackIsImportedAndSaysWhat() throws Exception {
        Path file = copy("valid/small-pack.json", "pack.json");
        Path db = dir.resolve("t.db");
        assertEquals(0, run("import", file.toString(), "--db", db.toString(), "--create"));
        assertEquals("Imported \u201cSmall test pack\u201d (test-small-pack, version 0.1.0, England, 2 scenarios) into "
                + db.toAbsolutePath() + "\n", text(out));
        assertEquals("", text(err));
        List<StoredPack> packs = stored(db);
        assertEquals(1, packs.size());
        assertEquals("imported", packs.get(0).origin());
    }

    @Test
    void aBrokenPackPrintsEachProblemWithItsPlaceAndStoresNothing() throws Exception {
        Path file = copy("broken/unknown-field.json", "pack.json");
        Path db = dir.resolve("t.db");
        assertEquals(1, run("import", file.toString(), "--db", db.toString()));
        assertEquals("", text(out));
        assertEquals("scenarios[0].stages[0]: unknown field \"txt\" (did you mean \"text\"?)\n"
                + "scenarios[0].stages[0].text: missing\n"
                + file + ": 2 problems\n", text(err));
        assertEquals(List.of(), stored(db));
    }

    @Test
    void theSameIdAgainIsReplacedOnlyWhenAskedTo() throws Exception {
        Path file = copy("valid/small-pack.json", "pack.json");
        Path db = dir.resolve("t.db");
        assertEquals(0, run("import", file.toString(), "--db", db.toString(), "--create"));
        assertEquals(1, run("import", file.toString(), "--db", db.toString()));
        assertEquals(file + ": the library already has a pack with the id \u201ctest-small-pack\u201d (\u201cSmall test pack\u201d,"
                + " version 0.1.0); add --replace to replace it\n", text(err));
        assertEquals(0, run("import", file.toString(), "--db", db.toString(), "--replace"));
        assertEquals(1, stored(db).size());
    }

    @Test
    void aPackTakingTheIdOfABundledPackIsRefusedPlainly() throws Exception {
        Path file = copy("valid/small-pack.json", "pack.json");
        Files.writeString(file, Files.readString(file).replace("\"test-small-pack\"", "\"threshold-core-england\""));
        Path db = dir.resolve("t.db");
        assertEquals(1, run("import", file.toString(), "--db", db.toString(), "--create"));
        assertTrue(text(err).startsWith("metadata.id: \u201cthreshold-core-england\u201d is the id of a pack that ships with"
                + " Threshold"), text(err));
        assertEquals(List.of(), stored(db));
    }

    @Test
    void aMissingFileIsExitTwo() {
        CliException e = org.junit.jupiter.api.Assertions.assertThrows(CliException.class,
                () -> run("import", dir.resolve("absent.json").toString(), "--db", dir.resolve("t.db").toString()));
        assertEquals(2, e.exitCode());
    }
}
