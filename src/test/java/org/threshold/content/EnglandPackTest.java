package org.threshold.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Reference;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;

/**
 * The bundled England pack as reviewed for November 2026: its sources are all listed in
 * docs/content-sources.md, and the decisions measure what they teach.
 */
class EnglandPackTest {
    static Pack pack;
    static String json;

    @BeforeAll
    static void read() throws Exception {
        Path file = Path.of("assets/packs/threshold-core-england.json");
        json = Files.readString(file, StandardCharsets.UTF_8);
        pack = new PackReader().read(file);
    }

    @Test
    void itIsVersionTwoLayeredAndSaysWhenItsLawWasChecked() {
        assertEquals("2.0.0", pack.metadata().version());
        assertEquals(LocalDate.of(2026, 11, 20), pack.metadata().lawCheckedOn());
        assertTrue(json.contains("\"formatVersion\": 2"));
        assertEquals(List.of(BasisLayerKind.ARTICLE_6, BasisLayerKind.SPECIAL_CATEGORY, BasisLayerKind.CONFIDENTIALITY,
                BasisLayerKind.GATEWAY), pack.basisLayers().stream().map(l -> l.kind()).toList());
        assertTrue(pack.layer(BasisLayerKind.ARTICLE_6).orElseThrow().choice("recognised-legitimate-interests").isPresent());
    }

    @Test
    void everySourceIsListedInContentSourcesWithItsTitleVersionAndAddress() throws Exception {
        String sources = Files.readString(Path.of("docs/content-sources.md"), StandardCharsets.UTF_8);
        for (Reference r : pack.references()) {
            assertTrue(sources.contains("- Id in the pack: `" + r.id() + "`"), r.id());
            assertTrue(sources.contains("### " + r.title()), r.id() + " title");
            assertTrue(sources.contains("- Version or date: " + r.version()), r.id() + " version");
            assertTrue(r.url().isEmpty() || sources.contains("- Address: " + r.url()), r.id() + " address");
        }
        assertFalse(json.contains("Harbridge"), "Harbridge is a real village");
        assertFalse(json.contains("working-together-2023"), "Working Together 2026 replaced the 2023 edition");
    }

    /** The 2018 advice was never adult guidance and was replaced in 2024: it stays listed, cited nowhere. */
    @Test
    void theWithdrawnAdviceIsHistoryOnly() {
        long citations = json.split("\"golden-rules-2018\"", -1).length - 1;
        assertEquals(1, citations, "only its own entry in references");
        assertTrue(pack.reference("golden-rules-2018").orElseThrow().url().contains("webarchive.nationalarchives.gov.uk"));
    }

    @Test
    void permanentRefusalsAreNeverLabelledNotYet() {
        for (Scenario s : pack.scenarios()) {
            for (Stage stage : s.stages()) {
                stage.decision().options().forEach(o -> assertFalse(o.label().startsWith("Don't share yet"),
                        s.id() + ": " + o.label()));
            }
        }
    }

    /** Every third party's request is answered at one stage and who else needs to know at the next. */
    @Test
    void everyRequestIsSplitFromWhoElseNeedsToKnow() {
        List<String> asked = new ArrayList<>();
        for (Scenario s : pack.scenarios()) {
            for (int i = 0; i < s.stages().size(); i++) {
                Decision d = s.stages().get(i).decision();
                if (d.asker().isPresent()) {
                    asked.add(s.id() + " " + (i + 1));
                    assertTrue(d.withWhom().isEmpty(), s.id() + " stage " + (i + 1));
                    if (i + 1 < s.stages().size()) {
                        Decision next = s.stages().get(i + 1).decision();
                        assertTrue(next.asker().isEmpty() && !next.withWhom().isEmpty(), s.id() + " stage " + (i + 2));
                    }
                }
            }
        }
        assertTrue(asked.containsAll(List.of("behind-the-front-door 4", "going-home-to-alder-close 2",
                "noise-on-kestrel-court 3", "lifts-from-the-retail-park 4", "not-my-mums-business 5")), asked.toString());
    }

    /** Seeking advice is rarely wrong: only where delay costs safety does the debrief count it out. */
    @Test
    void seekingAdviceIsAppropriateExceptWhereDelayCostsSafety() {
        Set<String> delayCostsSafety = Set.of("night-on-mill-lane 1", "night-on-mill-lane 3", "not-the-usual-call 2");
        for (Scenario s : pack.scenarios()) {
            for (int i = 0; i < s.stages().size(); i++) {
                Decision d = s.stages().get(i).decision();
                boolean offered = d.options().stream().anyMatch(o -> o.kind() == OptionKind.SEEK_ADVICE);
                boolean appropriate = d.guidance().appropriate().stream()
                        .anyMatch(id -> d.option(id).orElseThrow().kind() == OptionKind.SEEK_ADVICE);
                String where = s.id() + " " + (i + 1);
                if (offered) {
                    assertEquals(!delayCostsSafety.contains(where), appropriate, where);
                }
            }
        }
    }

    @Test
    void theCorrectedStagesSayWhatTheReviewAsked() {
        Scenario jordan = pack.scenario("not-my-mums-business").orElseThrow();
        Decision sofa = jordan.stages().get(1).decision();
        assertEquals(OptionKind.SHARE, sofa.option(sofa.guidance().appropriate().get(0)).orElseThrow().kind(),
                "a homeless 16-year-old is referred now");
        Decision strategy = pack.scenario("lifts-from-the-retail-park").orElseThrow().stages().get(2).decision();
        assertTrue(strategy.guidance().references().contains("ca-1989-s47"));
        assertFalse(strategy.guidance().references().contains("cda-1998-s115"));
        Decision plan = pack.scenario("night-on-mill-lane").orElseThrow().stages().get(3).decision();
        assertEquals(List.of("public-task"), plan.guidance().bases().get(BasisLayerKind.ARTICLE_6));
        assertEquals(List.of("agreement"), plan.guidance().bases().get(BasisLayerKind.CONFIDENTIALITY));
        Decision mia = pack.scenario("quiet-concerns").orElseThrow().stages().get(0).decision();
        assertTrue(mia.guidance().why().contains("family help"));
        assertEquals(10, pack.scenarios().size());
        assertTrue(pack.scenario("a-summer-away").isPresent() && pack.scenario("not-the-usual-call").isPresent());
    }
}
