package org.threshold.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threshold.domain.pack.Pack;

/** The rules between fields, each broken on its own in an otherwise valid pack. */
class PackValidatorTest {

    private static List<String> after(String old, String replacement) {
        return Fixtures.lines(Fixtures.problemsAfter(old, replacement));
    }

    @Test
    void validPackHasNoProblems() throws Exception {
        Pack pack = new PackReader().read(Fixtures.bytes(Fixtures.VALID));
        assertEquals(Optional.empty(), new PackValidator().refusal(pack));
    }

    @Test
    void idsMustBeKebabCase() {
        assertEquals(List.of("agencies[3].id: \"Food_Bank\" is not a valid id: use lower-case letters, digits and"
                        + " single hyphens, e.g. \"adult-social-care\"",
                        "scenarios[0].stages[0].fragments[0].agency: unknown agency \"food-bank\" (not in agencies)"),
                after("{\"id\": \"food-bank\", \"name\"", "{\"id\": \"Food_Bank\", \"name\""));
    }

    @Test
    void idsMustBeUniqueWithinTheirList() {
        assertEquals(List.of("lawfulBases[1].id: \"consent\" is already used by lawfulBases[0]"),
                after("{\"id\": \"public-task\", \"label\"", "{\"id\": \"consent\", \"label\""));
    }

    @Test
    void optionIdsMustBeUniqueWithinADecision() {
        assertEquals(List.of("scenarios[0].stages[0].decision.options[2].id: \"seek-advice\" is already used by"
                        + " scenarios[0].stages[0].decision.options[0]"),
                after("{\"id\": \"share-now\", \"label\": \"Share now\", \"kind\": \"share\"},\n              {\"id\": \"dont",
                        "{\"id\": \"seek-advice\", \"label\": \"Share now\", \"kind\": \"share\"},\n              {\"id\": \"dont"));
    }

    @Test
    void jurisdictionAndAgeGroupComeFromTheirLists() {
        assertEquals(List.of("metadata.jurisdiction: expected one of \"England\", \"Wales\", \"Scotland\","
                + " \"Northern Ireland\", \"UK\"; found \"Cornwall\""),
                after("\"jurisdiction\": \"England\"", "\"jurisdiction\": \"Cornwall\""));
        assertEquals(List.of("scenarios[1].ageGroup: expected one of \"child\", \"young-person\", \"adult\","
                + " \"older-adult\", \"family\"; found \"elderly\""),
                after("\"ageGroup\": \"older-adult\"", "\"ageGroup\": \"elderly\""));
    }

    @Test
    void requiredTextMustNotBeBlank() {
        assertEquals(List.of("scenarios[0].stages[1].text: missing"),
                after("\"text\": \"Sam has a bruise on his arm and says he fell over.\"", "\"text\": \"  \""));
    }

    @Test
    void textIsPlainNotHtmlNorControlCharacters() {
        assertEquals(List.of("scenarios[0].summary: looks like HTML (\"<b>\"); pack text is plain text"),
                after("A school notices small changes", "A school notices <b>small</b> changes"));
        assertEquals(List.of("metadata.description: contains the control character U+0007; pack text is plain text"),
                after("A small pack for", "A small \\u0007pack for"));
        assertEquals(List.of("scenarios[1].title: contains the control character U+202E; pack text is plain text"),
                after("\"title\": \"The tenancy\"", "\"title\": \"The \\u202etenancy\""));
    }

    @Test
    void citedAgenciesMustExist() {
        assertEquals(List.of("scenarios[0].stages[0].decision.withWhom[1]: unknown agency \"nhs\" (not in agencies)"),
                after("\"withWhom\": [\"childrens-social-care\", \"health\"]", "\"withWhom\": [\"childrens-social-care\", \"nhs\"]"));
    }

    @Test
    void citedReferencesMustExistEverywhere() {
        assertEquals(List.of("metadata.guidanceVersions[0]: unknown reference \"golden-rules-2024\" (not in references)"),
                after("\"guidanceVersions\": [\"golden-rules-2018\"]", "\"guidanceVersions\": [\"golden-rules-2024\"]"));
        assertEquals(List.of("lawfulBases[0].reference: unknown reference \"gdpr\" (not in references)"),
                after("\"label\": \"Consent\", \"reference\": \"uk-gdpr-art6\"", "\"label\": \"Consent\", \"reference\": \"gdpr\""));
        assertEquals(List.of("exercises.confidenceItems[0].reference: unknown reference \"kq\" (not in references)"),
                after("for sharing.\", \"reference\": \"golden-rules-2018\"", "for sharing.\", \"reference\": \"kq\""));
    }

    @Test
    void aCitationListedTwiceIsReported() {
        assertEquals(List.of("scenarios[1].modelAnswer.references[1]: \"golden-rules-2018\" is listed twice"),
                after("\"references\": [\"golden-rules-2018\", \"uk-gdpr-art6\"]",
                        "\"references\": [\"golden-rules-2018\", \"golden-rules-2018\"]"));
    }

    @Test
    void modelAnswerCitesAtLeastOneReference() {
        assertEquals(List.of("scenarios[1].modelAnswer.references: empty; the model answer must cite at least one reference"),
                after("\"references\": [\"golden-rules-2018\", \"uk-gdpr-art6\"]", "\"references\": []"));
    }

    @Test
    void debriefQuestionsNumberTwoToSix() {
        assertEquals(List.of("scenarios[1]: has 1 debrief question; a scenario needs 2 to 6"),
                after("[\"Who held the first clue?\", \"What would consent have looked like?\"]", "[\"Who held the first clue?\"]"));
    }

    @Test
    void decisionsOfferAtMostSixOptions() {
        String option = "{\"id\": \"o%d\", \"label\": \"Option %d\", \"kind\": \"share\"},\n";
        StringBuilder extra = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            extra.append(String.format(option, i, i));
        }
        assertEquals(List.of("scenarios[1].stages[0].decision: has 7 options; a decision needs 2 to 6"),
                after("{\"id\": \"withhold\", \"label\"", extra + "{\"id\": \"withhold\", \"label\""));
    }

    @Test
    void trustScaleRunsUpwards() {
        assertEquals(List.of("exercises.trustGrid: scaleMin (5) must be less than scaleMax (5)"),
                after("\"scaleMin\": 1", "\"scaleMin\": 5"));
        assertEquals(List.of("exercises.trustGrid: a scale of 100 points is too many to rate in a room; use at most 11"),
                after("\"scaleMax\": 5", "\"scaleMax\": 100"));
    }

    @Test
    void urlsMustBeHttpsWithAHost() {
        assertEquals(List.of("references[0].url: \"https:///nothing\" is not a web address with a host name"),
                after("\"url\": \"https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice\"",
                        "\"url\": \"https:///nothing\""));
        assertEquals(List.of("references[0].url: \"javascript:alert(1)\" is not an https:// address"),
                after("\"url\": \"https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice\"",
                        "\"url\": \"javascript:alert(1)\""));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String text = Fixtures.validText()
                .replace("\"jurisdiction\": \"England\"", "\"jurisdiction\": \"Mars\"")
                .replace("\"appropriate\": [\"share-now\"]", "\"appropriate\": [\"nope\"]")
                .replace("\"scaleMin\": 1", "\"scaleMin\": 9");
        List<String> lines = Fixtures.lines(Fixtures.problems(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("metadata.jurisdiction: "));
        assertTrue(lines.get(1).startsWith("scenarios[0].stages[2].decision.guidance.appropriate[0]: "));
        assertTrue(lines.get(2).startsWith("exercises.trustGrid: "));
    }

    @Test
    void aPackBuiltInCodeWithPartsMissingIsReportedNotThrown() throws Exception {
        Pack valid = new PackReader().read(Fixtures.bytes(Fixtures.VALID));
        Pack hollow = new Pack(null, valid.agencies(), valid.basisLayers(), valid.references(), List.of(), null);
        assertEquals(List.of("metadata: missing", "pack: no scenarios; a pack needs at least 1", "exercises: missing"),
                Fixtures.lines(new PackValidator().refusal(hollow).orElseThrow().problems()));
    }
}
