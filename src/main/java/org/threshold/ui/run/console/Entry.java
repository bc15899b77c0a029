package org.threshold.ui.run.console;

import java.util.Optional;

/** A pane the facilitator types the room's answers into; the console saves it before any key moves the room on. */
interface Entry {
    /** Saves what is typed and not yet saved; the reason when it cannot be, so the key that asked does nothing. */
    Optional<String> commit();

    /** Puts the keyboard in the first box to type in, as a stage opens. */
    void focusFirst();
}
