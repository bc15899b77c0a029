package org.threshold.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.content.PackFormatException;
import org.threshold.content.PackReader;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.store.StoredPack;

class PackLibraryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-14T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    PackRepository repository;
    PackLibrary library;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("p.db"));
        repository = new PackRepository(db);
        library = new PackLibrary(repository, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path copy(String resource) throws IOException {
        Path file = dir.resolve(resource.replace('/', '-'));
        try (InputStream in = getClass().getResourceAsStream("/org/threshold/content/" + resource)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private PackLibrary.LoadedPack importSmall() throws Exception {
        return library.importPack(library.readForImport(copy("valid/small-pack.json")), false);
    }

    @Test
    void listsTheBundledPackFirstThenStoredOnes() throws Exception {
        importSmall();
        List<PackLibrary.LoadedPack> packs = library.list();
        assertEquals(List.of("threshold-core-england", "test-small-pack"), packs.stream().map(PackLibrary.LoadedPack::id).toList());
        assertEquals(List.of("bundled", "imported"), packs.stream().map(PackLibrary.LoadedPack::origin).toList());
    }

    @Test
    void anImportIsStoredWhole() throws Exception {
        PackLibrary.LoadedPack imported = importSmall();
        StoredPack row = repository.find("test-small-pack").orElseThrow();
        assertEquals("imported", row.origin());
        assertEquals(CLOCK.instant(), row.savedAt());
        assertEquals(imported.pack(), new PackReader().read(row.json().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aBrokenPackIsRefusedWithPlacesAndChangesNothing() throws Exception {
        importSmall();
        List<StoredPack> before = repository.list();
        PackFormatException e = assertThrows(PackFormatException.class,
                () -> library.readForImport(copy("broken/bad-reference.json")));
        assertFalse(e.problems().isEmpty());
        e.problems().forEach(p -> assertFalse(p.place().isBlank()));
        assertEquals(before, repository.list());
    }

    @Test
    void anInvalidPackHandedStraightToImportChangesNothing() throws Exception {
        Pack pack = importSmall().pack();
        repository.delete(pack.metadata().id());
        Pack broken = retitleStage(pack, 0, 0, "");
        PackFormatException e = assertThrows(PackFormatException.class, () -> library.importPack(broken, true));
        assertEquals("scenarios[0].stages[0].title: missing", e.problems().get(0).toString());
        assertEquals(List.of(), repository.list());
    }

    @Test
    void theIdOfABundledPackIsRefusedPlainly() throws Exception {
        Path file = copy("valid/small-pack.json");
        Files.writeString(file, Files.readString(file).replace("\"test-small-pack\"", "\"threshold-core-england\""));
        PackFormatException e = assertThrows(PackFormatException.class, () -> library.readForImport(file));
        assertEquals("metadata.id", e.problems().get(0).place());
        assertEquals(List.of(), repository.list());
    }

    @Test
    void reimportingTheSameIdReplacesOnlyWhenTold() throws Exception {
        PackLibrary.LoadedPack first = importSmall();
        Pack again = library.readForImport(copy("valid/small-pack.json"));
        assertTrue(library.wouldReplace(again.metadata().id()).isPresent());
        assertThrows(IllegalStateException.class, () -> library.importPack(retitleStage(again, 0, 0, "Changed"), false));
        assertEquals(first.pack(), library.find("test-small-pack").orElseThrow().pack());
        library.importPack(retitleStage(again, 0, 0, "Changed"), true);
        assertEquals("Changed", library.find("test-small-pack").orElseThrow().pack().scenarios().get(0).stages().get(0).title());
    }

    @Test
    void exportWritesAPackThatReadsBackEqualAndLeavesNoTemporaryFile() throws Exception {
        PackLibrary.LoadedPack bundled = library.defaultPack();
        Path target = dir.resolve("out").resolve("core.json");
        Files.createDirectories(target.getParent());
        library.export(bundled, target, false);
        assertEquals(bundled.pack(), new PackReader().read(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void duplicateGivesANewIdAndTitleAndIsCustom() {
        PackLibrary.LoadedPack copy = library.duplicate(library.defaultPack());
        assertEquals("threshold-core-england-copy", copy.id());
        assertEquals("Threshold core pack (England) (copy)", copy.pack().metadata().title());
        assertEquals("custom", copy.origin());
        assertEquals("threshold-core-england-copy-2", library.duplicate(library.defaultPack()).id());
        assertEquals(library.defaultPack().pack().scenarios(), copy.pack().scenarios());
        assertEquals(3, library.list().size());
    }

    @Test
    void aDuplicateIdStaysWithinTheIdLength() {
        String id = PackCopies.freeId("a".repeat(62), Set.of());
        assertEquals(64, id.length());
        assertTrue(id.endsWith("-copy"));
        assertFalse(PackCopies.freeId("ab-" + "c".repeat(57) + "-d", Set.of()).contains("--"));
    }

    @Test
    void savingAnEditedPackIsCheckedFirst() throws Exception {
        PackLibrary.LoadedPack copy = library.duplicate(library.defaultPack());
        Pack broken = retitleStage(copy.pack(), 1, 2, " ");
        assertThrows(PackFormatException.class, () -> library.save(broken));
        assertEquals(copy.pack(), library.find(copy.id()).orElseThrow().pack());

        PackLibrary.LoadedPack saved = library.save(retitleStage(copy.pack(), 1, 2, "Stage 3: a new title"));
        assertEquals("custom", saved.origin());
        assertEquals("Stage 3: a new title", library.find(copy.id()).orElseThrow().pack().scenarios().get(1).stages().get(2).title());
    }

    @Test
    void bundledPacksCannotBeSavedOverOrDeleted() {
        Pack bundled = library.defaultPack().pack();
        assertThrows(PackFormatException.class, () -> library.save(bundled));
        assertThrows(IllegalArgumentException.class, () -> library.delete(bundled.metadata().id()));
        assertEquals(List.of(), repository.list());
    }

    @Test
    void deleteRemovesACustomPack() {
        PackLibrary.LoadedPack copy = library.duplicate(library.defaultPack());
        assertTrue(library.delete(copy.id()));
        assertTrue(library.find(copy.id()).isEmpty());
    }

    @Test
    void editingAPackNeverChangesASessionThatUsedIt() throws Exception {
        SessionCatalog catalog = new SessionCatalog(db, CLOCK);
        SessionPlanner planner = new SessionPlanner(db, library, CLOCK);
        long session = catalog.create(SessionDetails.of("Leeds", LocalDate.of(2026, 10, 14), "Civic Hall", "A. F.")).id();
        PackLibrary.LoadedPack copy = library.duplicate(library.defaultPack());
        planner.usePack(session, copy);
        Pack before = planner.snapshotPack(session);

        library.save(retitleStage(copy.pack(), 0, 0, "Edited after planning"));
        library.delete(copy.id());

        assertEquals(before, planner.snapshotPack(session));
        assertEquals(copy.pack(), planner.snapshotPack(session));
    }

    static Pack retitleStage(Pack pack, int scenario, int stage, String title) {
        List<Scenario> scenarios = new java.util.ArrayList<>(pack.scenarios());
        Scenario s = scenarios.get(scenario);
        List<Stage> stages = new java.util.ArrayList<>(s.stages());
        Stage t = stages.get(stage);
        stages.set(stage, new Stage(title, t.text(), t.fragments(), t.decision(), t.facilitatorNotes()));
        scenarios.set(scenario, new Scenario(s.id(), s.title(), s.summary(), s.themes(), s.ageGroup(), stages,
                s.debriefQuestions(), s.modelAnswer()));
        PackMetadata m = pack.metadata();
        return new Pack(m, pack.agencies(), pack.basisLayers(), pack.references(), scenarios, pack.exercises());
    }

    @Test
    void aPackWhoseStoredFormWouldPassTheSizeLimitIsRefusedAtImportNotLostFromTheLibraryLater() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode pack;
        try (InputStream in = getClass().getResourceAsStream("/org/threshold/assets/packs/threshold-core-england.json")) {
            pack = (ObjectNode) json.readTree(in);
        }
        ((ObjectNode) pack.get("metadata")).put("id", "big-pack");
        ArrayNode myths = (ArrayNode) pack.get("exercises").get("mythOrFact");
        ObjectNode model = (ObjectNode) myths.get(0);
        for (int n = 0; json.writeValueAsBytes(pack).length < 4_300_000; n++) {
            for (int k = 0; k < 500; k++) {
                myths.add(model.deepCopy().put("id", "myth-" + n + "-" + k));
            }
        }
        Path file = dir.resolve("big-pack.json");
        Files.write(file, json.writeValueAsBytes(pack));
        assertTrue(Files.size(file) < 5L * 1024 * 1024, "the file itself is within the limit");

        Pack read = library.readForImport(file);
        PackFormatException refused = assertThrows(PackFormatException.class, () -> library.importPack(read, false));
        assertTrue(refused.getMessage().contains("laid out as Threshold stores it"), refused.getMessage());
        assertTrue(repository.list().isEmpty(), "nothing stored that the library could not read back");
    }
}
