package org.threshold.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.WhereWeStand;

/** The optional "whereWeStand" section: read, written back, and each broken form refused in words. */
class WhereWeStandSectionTest {
    private static final String SECTION = """
              "whereWeStand": {
                "journeyQuestion": "Where is our partnership on the journey?",
                "journey": [
                  {"id": "vision", "title": "Vision", "description": "We agree why we share."},
                  {"id": "scoping", "title": "Scoping", "description": "We know what we need."},
                  {"id": "sharing", "title": "Sharing in practice", "description": "We share as agreed."}
                ],
                "readinessQuestion": "How true is each statement today?",
                "statements": [
                  {"id": "agreement", "text": "We have a signed agreement.", "evidence": "The agreement, signed.",
                   "area": "governance", "reference": "uk-gdpr-art6"},
                  {"id": "advice", "text": "Staff know whom to ask.", "evidence": "A named adviser."}
                ],
                "basedOn": "IISaM and FAME, in our own words."
              }
            """;

    /** The valid fixture with {@code section} added as its last field. */
    private static String withSection(String section) {
        String pack = Fixtures.validText().stripTrailing();
        return pack.substring(0, pack.length() - 1).stripTrailing() + ",\n" + section + "}\n";
    }

    private static List<String> problems(String section) {
        return Fixtures.lines(Fixtures.problems(withSection(section).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problemsAfter(String old, String replacement) {
        if (!SECTION.contains(old)) {
            throw new IllegalArgumentException("section has no " + old);
        }
        return problems(SECTION.replace(old, replacement));
    }

    @Test
    void aPackWithoutTheSectionStillReadsAndOffersNoItem() throws Exception {
        Pack pack = new PackReader().read(Fixtures.bytes(Fixtures.VALID));
        assertEquals(WhereWeStand.NONE, pack.whereWeStand());
        assertFalse(pack.whereWeStand().offered());
        assertFalse(new PackWriter().writeString(pack).contains("whereWeStand"), "nothing written for no section");
    }

    @Test
    void theSectionReadsAndWritesBackTheSame() throws Exception {
        Pack pack = new PackReader().read(withSection(SECTION).getBytes(StandardCharsets.UTF_8));
        WhereWeStand section = pack.whereWeStand();
        assertTrue(section.offered());
        assertEquals(List.of("vision", "scoping", "sharing"), section.journey().stream().map(s -> s.id()).toList());
        assertEquals(2, section.stageIndex("sharing"));
        assertEquals("governance", section.statement("agreement").orElseThrow().area());
        assertEquals("", section.statement("advice").orElseThrow().reference());
        String written = new PackWriter().writeString(pack);
        assertTrue(written.indexOf("\"whereWeStand\"") > written.indexOf("\"exercises\""), "the section comes last");
        assertEquals(pack, new PackReader().read(written.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledPackCarriesTheSixStageJourneyAndItsStatements() throws Exception {
        BundledPacks bundled = new BundledPacks(new PackReader());
        WhereWeStand section = bundled.load("threshold-core-england.json").whereWeStand();
        assertEquals(List.of("vision", "scoping", "design-and-plan", "pre-implementation", "implementation", "review"),
                section.journey().stream().map(s -> s.id()).toList());
        assertTrue(section.statements().size() >= 6, "a short set, but enough to find the weak spots");
        assertTrue(section.statements().stream().allMatch(s -> !s.evidence().isBlank()), "every statement is evidenced");
        assertEquals(WhereWeStand.AREAS, section.statements().stream().map(s -> s.area()).distinct().sorted(
                (a, b) -> WhereWeStand.AREAS.indexOf(a) - WhereWeStand.AREAS.indexOf(b)).toList(),
                "practice, technology and governance all weighed, as in a readiness assessment");
    }

    @Test
    void missingQuestionsAndEvidenceAreNamed() {
        assertEquals(List.of("whereWeStand.journeyQuestion: missing"),
                problemsAfter("\"journeyQuestion\": \"Where is our partnership on the journey?\",", ""));
        assertEquals(List.of("whereWeStand.statements[1].evidence: missing"),
                problemsAfter("\"evidence\": \"A named adviser.\"", "\"evidence\": \" \""));
        assertEquals(List.of("whereWeStand.journey[0].description: missing"),
                problemsAfter(", \"description\": \"We agree why we share.\"", ""));
    }

    @Test
    void theJourneyNeedsThreeToEightStagesWithUniqueIds() {
        assertEquals(List.of("whereWeStand.journey: has 2 stages; a journey needs 3 to 8"),
                problems(SECTION.replaceAll(",\\s*\\{\"id\": \"sharing\"[^}]*}", "")));
        assertEquals(List.of("whereWeStand.journey[2].id: \"vision\" is already used by whereWeStand.journey[0]"),
                problemsAfter("{\"id\": \"sharing\"", "{\"id\": \"vision\""));
        StringBuilder nine = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            nine.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\", \"title\": \"S\", \"description\": \"D\"}");
        }
        String many = SECTION.replaceAll("\"journey\": \\[[^\\]]*]", "\"journey\": [" + nine + "]");
        assertEquals(List.of("whereWeStand.journey: has 9 stages; a journey needs 3 to 8"), problems(many));
    }

    @Test
    void statementsAreAShortListWithAKnownAreaAndReference() {
        assertEquals(List.of("whereWeStand.statements: no statements; a readiness check needs 1 to 12"),
                problems(SECTION.replaceAll("(?s)\"statements\": \\[.*?](?=,\\s*\"basedOn\")", "\"statements\": []")));
        assertEquals(List.of("whereWeStand.statements[0].area: expected one of \"practice\", \"technology\", "
                + "\"governance\"; found \"culture\""), problemsAfter("\"governance\"", "\"culture\""));
        assertEquals(List.of("whereWeStand.statements[0].reference: unknown reference \"ico-code\" (not in references)"),
                problemsAfter("\"uk-gdpr-art6\"}", "\"ico-code\"}"));
    }

    @Test
    void theShapeIsCheckedLikeTheRestOfAPack() {
        assertEquals(List.of("whereWeStand.journey[1]: unknown field \"titel\" (did you mean \"title\"?)",
                        "whereWeStand.journey[1].title: missing"),
                problemsAfter("{\"id\": \"scoping\", \"title\"", "{\"id\": \"scoping\", \"titel\""));
        assertEquals(List.of("whereWeStand.journey: expected a list ([ ... ]), found an object"),
                problems("\"whereWeStand\": {\"journeyQuestion\": \"Q\", \"journey\": {}, \"readinessQuestion\": \"R\", "
                        + "\"statements\": [{\"id\": \"a\", \"text\": \"T\", \"evidence\": \"E\"}]}\n"));
        assertEquals(List.of("whereWeStand: expected an object ({ ... }), found a list"),
                problems("\"whereWeStand\": []\n"));
        assertEquals(List.of("whereWeStand: empty; give the journey and the statements, or leave the section out"),
                problems("\"whereWeStand\": {\"journeyQuestion\": \"\", \"journey\": [], \"readinessQuestion\": \"\", "
                        + "\"statements\": []}\n"));
        assertEquals(List.of("whereWeStand.statements[0].text: looks like HTML (\"<b>\"); pack text is plain text"),
                problemsAfter("We have a signed agreement.", "We have a <b>signed</b> agreement."));
    }
}
