package org.threshold.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.Pack;

/** Pack format 2: the legal layers, requesters, deciding agencies, the law's date; and format 1 still read. */
class LayeredPackTest {
    private static final String LAYERED = "layered/layered-pack.json";

    private static String layered() {
        try (InputStream in = LayeredPackTest.class.getResourceAsStream(LAYERED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> problemsAfter(String old, String replacement) {
        String text = layered();
        assertTrue(text.contains(old), "fixture has " + old);
        return Fixtures.lines(Fixtures.problems(text.replace(old, replacement).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLayeredPackReadsWithEveryLayerRequesterAndDate() throws Exception {
        Pack pack = new PackReader().read(layered().getBytes(StandardCharsets.UTF_8));
        assertEquals(LocalDate.of(2026, 11, 20), pack.metadata().lawCheckedOn());
        assertEquals(List.of(BasisLayerKind.ARTICLE_6, BasisLayerKind.CONFIDENTIALITY),
                pack.basisLayers().stream().map(l -> l.kind()).toList());
        Decision first = pack.scenarios().get(0).stages().get(0).decision();
        assertEquals("food-bank", first.decidedBy());
        assertEquals(Map.of(BasisLayerKind.ARTICLE_6, List.of("public-task"),
                BasisLayerKind.CONFIDENTIALITY, List.of("public-interest", "agreement")), first.guidance().bases());
        Decision asked = pack.scenarios().get(0).stages().get(1).decision();
        assertEquals("the caller", asked.asker().orElseThrow().who());
        assertEquals("police", asked.asker().orElseThrow().agency());
    }

    @Test
    void writingThenReadingALayeredPackGivesTheSamePack() throws Exception {
        Pack pack = new PackReader().read(layered().getBytes(StandardCharsets.UTF_8));
        String written = new PackWriter().writeString(pack);
        assertTrue(written.contains("\"formatVersion\": 2"));
        assertEquals(pack, new PackReader().read(written.getBytes(StandardCharsets.UTF_8)));
    }

    /** A format 1 pack keeps its one list: read as a single-list layer, written back as format 1, never guessed at. */
    @Test
    void aFormatOnePackIsReadAsOneListAndWrittenBackAsFormatOne() throws Exception {
        Pack old = new PackReader().read(Fixtures.bytes(Fixtures.VALID));
        assertEquals(1, old.basisLayers().size());
        assertEquals(BasisLayerKind.SINGLE_LIST, old.basisLayers().get(0).kind());
        assertEquals(List.of("consent", "public-task", "none-do-not-share"),
                old.basisLayers().get(0).choices().stream().map(c -> c.id()).toList());
        assertEquals(null, old.metadata().lawCheckedOn());
        String written = new PackWriter().writeString(old);
        assertTrue(written.contains("\"formatVersion\": 1") && written.contains("\"lawfulBases\""), written);
        assertTrue(!written.contains("basisLayers") && !written.contains("single-list"));
        assertEquals(old, new PackReader().read(written.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachFormatReadsOnlyItsOwnFields() {
        assertEquals(List.of("metadata: unknown field \"lawCheckedOn\""),
                Fixtures.lines(Fixtures.problemsAfter("\"version\": \"0.1.0\",", "\"version\": \"0.1.0\", \"lawCheckedOn\": \"2026-11-20\",")));
        assertEquals(List.of("pack: unknown field \"lawfulBases\"", "basisLayers: missing"),
                problemsAfter("\"basisLayers\"", "\"lawfulBases\""));
        assertEquals(List.of("metadata.lawCheckedOn: expected a date written year-month-day, e.g. \"2026-11-20\"; found \"20/11/2026\""),
                problemsAfter("\"2026-11-20\"", "\"20/11/2026\""));
        assertEquals(List.of("basisLayers[1].layer: expected one of \"article-6\", \"special-category\", \"confidentiality\", "
                        + "\"gateway\"; found text \"single-list\""),
                problemsAfter("\"layer\": \"confidentiality\"", "\"layer\": \"single-list\""));
    }

    @Test
    void layersNeedALawfulBasisEachOnceAndASourceForEveryChoice() {
        assertEquals(List.of("basisLayers: no \"article-6\" layer; every sharing decision needs a lawful basis",
                        "scenarios[0].stages[0].decision.guidance.bases.article-6: the pack has no \"article-6\" layer in basisLayers"),
                problemsAfter("\"layer\": \"article-6\"", "\"layer\": \"gateway\""));
        assertEquals(List.of("basisLayers[1].layer: \"article-6\" is already listed; each layer appears once",
                        "scenarios[0].stages[0].decision.guidance.bases.confidentiality: the pack has no \"confidentiality\" layer in basisLayers"),
                problemsAfter("\"layer\": \"confidentiality\"", "\"layer\": \"article-6\""));
        assertEquals(List.of("basisLayers[1].choices[0].reference: missing"),
                problemsAfter("\"label\": \"The person's agreement\",\n          \"reference\": \"common-law\"",
                        "\"label\": \"The person's agreement\""));
    }

    @Test
    void theDebriefsBasesMustBeChoicesOfTheirLayer() {
        assertEquals(List.of("scenarios[0].stages[0].decision.guidance.bases.article-6[0]: unknown choice \"legal-obligation\" "
                        + "(not in the article-6 layer's choices)"),
                problemsAfter("\"article-6\": [\n                  \"public-task\"",
                        "\"article-6\": [\n                  \"legal-obligation\""));
    }

    /** The requester is the recipient: naming others beside them is what charted a share with the police as a reply. */
    @Test
    void aRequestersDecisionNamesNoOneElseAndTheAgenciesNamedExist() {
        String requester = "\"requester\": {\n";
        assertEquals(List.of("scenarios[0].stages[1].decision.withWhom: a decision with a requester is about what to tell "
                        + "them, so it lists no one else; ask who else needs to know at a stage of its own"),
                problemsAfter(requester, "\"withWhom\": [\"health\"],\n        " + requester));
        assertEquals(List.of("scenarios[0].stages[1].decision.requester.agency: unknown agency \"ghost\" (not in agencies)"),
                problemsAfter("\"agency\": \"police\"\n", "\"agency\": \"ghost\"\n"));
        assertEquals(List.of("scenarios[0].stages[0].decision.decidedBy: unknown agency \"bakery\" (not in agencies)"),
                problemsAfter("\"decidedBy\": \"food-bank\"", "\"decidedBy\": \"bakery\""));
    }
}
