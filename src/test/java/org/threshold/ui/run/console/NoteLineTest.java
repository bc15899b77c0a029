package org.threshold.ui.run.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.SessionAgency;

class NoteLineTest {
    static final List<SessionAgency> ROOM = List.of(new SessionAgency("childrens-social-care", "Children's social care", 5, 1));

    @Test
    void anActionNamesItsOwnerAsTheWorkshopPlannedIt() {
        assertEquals("Action: Circulate the named contacts. (Children's social care)",
                NotesPane.line(note(NoteKind.ACTION, "childrens-social-care"), ROOM));
    }

    @Test
    void aNoteWithoutAnOwnerOrWithAnOwnerNoLongerListedStillReads() {
        assertEquals("Discussion point: Circulate the named contacts.", NotesPane.line(note(NoteKind.DISCUSSION, ""), ROOM));
        assertEquals("Action: Circulate the named contacts. (housing)", NotesPane.line(note(NoteKind.ACTION, "housing"), ROOM));
    }

    private static Note note(NoteKind kind, String owner) {
        return new Note(1, 5, kind, "Circulate the named contacts.", owner, Instant.EPOCH);
    }
}
