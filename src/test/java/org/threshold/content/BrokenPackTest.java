package org.threshold.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One file per fault under broken/, each refused with exactly the problems a facilitator should see. */
class BrokenPackTest {

    static Stream<Arguments> corpus() {
        return Stream.of(
                broken("unknown-field.json",
                        "scenarios[0].stages[0]: unknown field \"txt\" (did you mean \"text\"?)",
                        "scenarios[0].stages[0].text: missing"),
                broken("duplicate-key.json",
                        "line 7, column 12: duplicate field \"title\" in metadata"),
                broken("missing-field.json",
                        "metadata.title: missing"),
                broken("wrong-type.json",
                        "exercises.trustGrid.scaleMax: expected a whole number, found text \"5\""),
                broken("too-deep.json",
                        "line 10, column 46: nested more than 32 levels deep"),
                broken("long-string.json",
                        "line 12, column 20: text longer than 100000 characters at metadata.description"),
                broken("invalid-utf8.json",
                        "line 17, column 54: not valid UTF-8 (0x92 at byte 592); save the file with UTF-8 encoding"),
                broken("bad-reference.json",
                        "scenarios[1].modelAnswer.references[1]: unknown reference \"caldicott-2020\" (not in references)"),
                broken("too-few-stages.json",
                        "scenarios[1]: has 2 stages; a scenario needs 3 to 6"),
                broken("no-withhold.json",
                        "scenarios[0]: no stage lists a \"withhold\" option in guidance.appropriate; at least one must,"
                                + " because the lesson is appropriate sharing, not \"always share\""),
                broken("bad-guidance-option.json",
                        "scenarios[0].stages[2].decision.guidance.appropriate[0]: unknown option \"share-later\""
                                + " (not in this decision's options)"),
                broken("no-options.json",
                        "scenarios[0].stages[1].decision: no options; a decision needs 2 to 6",
                        "scenarios[0].stages[1].decision.guidance.appropriate[0]: unknown option \"seek-consent\""
                                + " (not in this decision's options)"),
                broken("non-https-url.json",
                        "references[0].url: \"http://www.gov.uk/government/publications/safeguarding-pract...\""
                                + " is not an https:// address"),
                broken("not-json.json",
                        "line 1, column 1: not a pack: a pack is a JSON object and starts with \"{\", found \"T\""),
                broken("empty.json",
                        "file: empty (there is no JSON in it)"),
                broken("trailing-comma.json",
                        "line 13, column 3: unexpected \"}\": expected a field name in double quotes"
                                + " (is there a comma too many?) (near metadata.description)"),
                broken("wrong-format.json",
                        "format: expected \"threshold-pack\", found text \"threshold-agenda\""));
    }

    private static Arguments broken(String file, String... expected) {
        return Arguments.of(file, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithItsPlaceAndMessage(String file, List<String> expected) {
        byte[] bytes = Fixtures.bytes("broken/" + file);
        PackFormatException refused = assertThrows(PackFormatException.class, () -> new PackReader().read(bytes));
        assertEquals(expected, Fixtures.lines(refused.problems()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void problemsArePlainSingleLines(String file, List<String> expected) {
        for (String line : Fixtures.lines(Fixtures.problems(Fixtures.bytes("broken/" + file)))) {
            assertFalse(line.contains("\n") || line.contains("\r"), line);
            assertFalse(line.contains("Exception") || line.contains("jackson") || line.contains("StreamRead"), line);
        }
    }
}
