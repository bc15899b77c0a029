package org.threshold.ui.run.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threshold.ui.run.console.ConsoleFixture.has;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.store.JournalRepository;
import org.threshold.store.NoteRepository;
import org.threshold.store.ResponseRepository;

/**
 * The console by keys, as the facilitator types: every answer goes to the stage it was typed
 * for whatever key moves the room on, and text typed in a box never becomes a room command.
 */
class ConsoleKeysTest {
    static final List<SessionAgency> ROOM = List.of(
            new SessionAgency("police", "Police", 4, 1),
            new SessionAgency("health", "Health / NHS", 5, 1),
            new SessionAgency("childrens-social-care", "Children's social care", 4, 1),
            new SessionAgency("education", "Education", 3, 1),
            new SessionAgency("probation", "Probation", 2, 1));

    @TempDir
    Path dir;
    ConsoleFixture console;

    @BeforeEach
    void open() throws TimeoutException {
        console = new ConsoleFixture(dir, ROOM, List.of(
                AgendaItem.planned(AgendaItemKind.SCENARIO, "Quiet concerns", "quiet-concerns", 35),
                AgendaItem.planned(AgendaItemKind.CLOSE, "Close", "", 10)));
    }

    @AfterEach
    void close() throws TimeoutException {
        console.close();
    }

    private List<Response> stored() {
        return new ResponseRepository(console.db).list(console.session);
    }

    private int storedAt(int stage, String agency, String option) {
        long item = console.state().agenda().get(0).id();
        return stored().stream().filter(r -> r.key().equals(new DecisionKey(item, stage))
                && r.agencyCode().equals(agency) && r.optionId().equals(option)).mapToInt(Response::count).sum();
    }

    @Test
    void whenAStageOpensTheFirstCountBoxHasTheKeyboard() {
        assertEquals("hands-police-share-now", console.focusedId());
        console.type(KeyCode.PAGE_DOWN);
        assertEquals("hands-police-share-now", console.focusedId(), "and again after PageDown, never a Tab away");
    }

    @Test
    void pageDownFromACountBoxSavesTheRowToTheStageItWasTypedFor() {
        console.type(KeyCode.PAGE_DOWN);
        console.type("4").type(KeyCode.PAGE_UP);
        assertEquals(4, storedAt(1, "police", "share-now"), "PageUp saved the row typed at stage 2 to stage 2");
        // Children's social care: 2 0 0 0, then PageDown without leaving the row.
        console.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB,
                KeyCode.TAB);
        assertEquals("hands-childrens-social-care-share-now", console.focusedId());
        console.type("2", KeyCode.TAB, "0", KeyCode.TAB, "0", KeyCode.TAB, "0").type(KeyCode.PAGE_DOWN);
        assertEquals(2, storedAt(0, "childrens-social-care", "share-now"));
        assertEquals(0, storedAt(1, "childrens-social-care", "share-now"), "nothing misfiled on the next stage");
        assertEquals(4, storedAt(1, "police", "share-now"), "the next stage's answer is untouched");
        assertEquals("4", console.field("#hands-police-share-now").getText(), "the screen shows what the store holds");
        assertEquals("", console.field("#hands-childrens-social-care-share-now").getText());
    }

    @Test
    void gAndRAlsoSaveTheRowFirst() {
        console.type("3", KeyCode.G);
        assertEquals(3, storedAt(0, "police", "share-now"));
        assertEquals("run-agenda", console.focusedId());
        console.type(KeyCode.ESCAPE).type(KeyCode.PAGE_DOWN).type("1", KeyCode.R);
        assertEquals(1, storedAt(1, "police", "share-now"));
        assertTrue(console.state().isRevealed(), "R typed in a count box reveals, after saving the box");
    }

    @Test
    void eachBoxIsSavedAsTheKeyboardLeavesItAndWhatIsNotYetSavedShows() {
        console.type("2");
        assertTrue(has(console.field("#hands-police-share-now"), "unsaved"), "typed, not yet saved: marked");
        assertEquals(0, storedAt(0, "police", "share-now"));
        console.type(KeyCode.TAB);
        assertEquals(2, storedAt(0, "police", "share-now"), "saved on leaving the box, not the row");
        assertFalse(has(console.field("#hands-police-share-now"), "unsaved"));
    }

    @Test
    void moreHandsThanPeopleAreRefusedWhereTypedAndCannotBeRevealed() {
        // Probation has 2 people: a slip gives it three answers.
        for (int i = 0; i < 16; i++) {
            console.type(KeyCode.TAB);
        }
        assertEquals("hands-probation-share-now", console.focusedId());
        console.type("2", KeyCode.TAB, "1").type(KeyCode.R);
        assertFalse(console.state().isRevealed());
        assertEquals("Probation has 2 people, so 3 answers cannot be right. Correct the row: it is not saved.",
                console.text("#run-status"));
        assertTrue(has(console.field("#hands-probation-share-now"), "refused"));
        assertEquals(2, storedAt(0, "probation", "share-now"), "the first box was fine and saved as it was left");
        assertEquals(0, storedAt(0, "probation", "dont-share-yet"), "the refused row never reached the disk");
        console.type(KeyCode.PAGE_DOWN);
        assertEquals(0, console.state().position().stageIndex(), "a refused row holds the room until corrected");
        console.type(KeyCode.BACK_SPACE, "0").type(KeyCode.R);
        assertTrue(console.state().isRevealed());
        assertEquals(2, storedAt(0, "probation", "share-now"));
    }

    @Test
    void theRevealIsTakenBackByShiftRAndTheConsoleSaysWhatTheRoomSees() {
        assertEquals("Projector: item 1 \u00b7 step 1 of 5, results hidden", console.text("#run-room"));
        console.type(KeyCode.ESCAPE, KeyCode.R);
        assertTrue(console.state().isRevealed());
        assertEquals("Projector: item 1 \u00b7 step 1 of 5, results showing", console.text("#run-room"));
        assertEquals("Results are on the audience display (Shift+R hides them).", console.text("#entry-revealed"));
        assertEquals("Hide", console.robot.lookup("#run-reveal").queryButton().getText());
        console.press(KeyCode.SHIFT, KeyCode.R);
        assertFalse(console.state().isRevealed());
        assertEquals("Results stay hidden from the room until you press R.", console.text("#entry-revealed"));
        console.type(KeyCode.B);
        assertEquals("Projector: blank (B shows it)", console.text("#run-room"));
        assertTrue(new JournalRepository(console.db).list(console.session).stream()
                .anyMatch(e -> e.action().equals("hidden")));
    }

    @Test
    void lettersTypedInANoteAreTextAndAStrayKeyNeverMovesTheRoom() {
        console.press(KeyCode.ALT, KeyCode.DIGIT4);
        assertEquals("note-text", console.focusedId(), "Alt+4 from a count box starts a barrier note");
        console.type("Fear of blame, r b g and space ").type(KeyCode.PAGE_DOWN);
        assertEquals(0, console.state().position().stageIndex(), "a note being typed holds PageDown back");
        assertEquals("The note you are typing is not saved yet: Enter adds it, or clear the box first.",
                console.text("#run-status"));
        console.type(KeyCode.ENTER);
        assertFalse(console.state().isRevealed());
        assertFalse(console.model.blankedProperty().get());
        List<Note> notes = new NoteRepository(console.db).list(console.session);
        assertEquals("Fear of blame, r b g and space", notes.get(0).text());
        assertEquals(NoteKind.BARRIER, notes.get(0).kind());
    }

    @Test
    void spaceInACountBoxSaysHowToMoveOn() {
        console.type(KeyCode.SPACE);
        assertEquals(0, console.state().position().stageIndex());
        assertEquals("Space does not move the room on from a box: PageDown does, after saving it.",
                console.text("#run-status"));
    }

    @Test
    void ctrlTSwitchesToTableDecisionsAndBack() {
        console.type("1").press(KeyCode.CONTROL, KeyCode.T);
        assertEquals("table-police-option", console.focusedId());
        assertEquals(1, storedAt(0, "police", "share-now"), "what was typed was saved before switching");
        console.press(KeyCode.CONTROL, KeyCode.T);
        assertEquals("hands-police-share-now", console.focusedId());
    }

    @Test
    void aScreenReaderHearsWhatEachBoxCountsAndWhatIsInIt() {
        console.type("2");
        TextField first = console.field("#hands-police-share-now");
        assertEquals(AccessibleRole.TEXT_FIELD, first.queryAccessibleAttribute(AccessibleAttribute.ROLE));
        assertEquals("Police, A Refer to children's social care now, hands: 2",
                first.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertEquals("Health / NHS, B Not yet: record it, tell the designated safeguarding lead, talk to Grace, hands: none",
                console.field("#hands-health-dont-share-yet").queryAccessibleAttribute(AccessibleAttribute.TEXT));
        Node room = console.robot.lookup("#run-room").query();
        assertEquals("Projector: item 1 \u00b7 step 1 of 5, results hidden",
                room.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        Node reveal = console.robot.lookup("#run-reveal").query();
        assertEquals("Reveal the results to the room (R)", reveal.queryAccessibleAttribute(AccessibleAttribute.TEXT));
    }

    @Test
    void pageDownPastTheLastStepOffersToEndAndEnterEndsItThenTheExportIsOffered() {
        for (int i = 0; i < 5; i++) {
            console.type(KeyCode.PAGE_DOWN);
        }
        assertEquals(1, console.state().position().itemIndex());
        console.type(KeyCode.PAGE_DOWN);
        assertTrue(console.robot.lookup("#run-end-banner").query().isVisible());
        console.type(KeyCode.ESCAPE);
        assertFalse(console.robot.lookup("#run-end-banner").query().isVisible(), "Esc stays");
        console.type(KeyCode.PAGE_DOWN, KeyCode.ENTER);
        assertTrue(console.model.ending().finishedProperty().get());
        assertEquals("run-export", console.focusedId());
        console.type(KeyCode.ENTER);
        assertEquals(List.of("Trust test"), console.exported);
    }
}
