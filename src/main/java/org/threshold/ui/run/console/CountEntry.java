package org.threshold.ui.run.console;

import java.util.List;
import java.util.Optional;

/** An entry made of count rows: saving is saving each row, and the first box of the first row starts. */
interface CountEntry extends Entry {
    List<CountRow> rows();

    @Override
    default Optional<String> commit() {
        return CountRow.commitAll(rows());
    }

    @Override
    default void focusFirst() {
        if (!rows().isEmpty()) {
            Focus.request(rows().get(0).cells().get(0));
        }
    }
}
