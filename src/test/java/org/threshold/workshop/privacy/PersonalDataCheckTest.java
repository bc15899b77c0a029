package org.threshold.workshop.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataCheckTest {
    @Test
    void anNhsNumberWithAValidCheckDigitIsFlaggedAndOtherNumbersAreNot() {
        // 943 476 5919 is the NHS's own published example of a valid number.
        assertEquals(List.of(new PersonalDataCheck.Finding("an NHS number", "943 476 5919")),
                PersonalDataCheck.check("Patient 943 476 5919 was seen"));
        assertTrue(PersonalDataCheck.isValidNhsNumber("9434765919"));
        assertFalse(PersonalDataCheck.isValidNhsNumber("9434765918"));
        assertTrue(PersonalDataCheck.check("Call 0113 496 0000 for the duty desk").isEmpty());
    }

    @Test
    void datesAndPostcodesAreFlagged() {
        assertEquals("a date of birth", PersonalDataCheck.check("born 03/11/2009").get(0).what());
        assertEquals("a postcode", PersonalDataCheck.check("lives near LS1 4DY").get(0).what());
        assertEquals("a postcode", PersonalDataCheck.check("lives near bd71dp").get(0).what());
    }

    @Test
    void ordinaryDiscussionIsLeftAlone() {
        assertTrue(PersonalDataCheck.check("Schools were unsure whether they may tell the GP about attendance at stage 2.")
                .isEmpty());
        assertEquals("", PersonalDataCheck.warning("Fear of blame for sharing too much"));
        assertTrue(PersonalDataCheck.warning("DOB 3.11.09").startsWith("\u201c3.11.09\u201d looks like a date of birth"));
    }
}
