package org.threshold.workshop;

import org.threshold.content.PackFormatException;
import org.threshold.store.StoredPack;

/**
 * A stored pack that no longer reads: its JSON damaged in the database, past the size a pack may
 * be, or failing a rule added since it was stored. It cannot be run from or edited; it can be
 * deleted, and its stored text exported, untouched, so it can be repaired and imported again.
 *
 * @param problem the first problem, with its place as the pack check names it, in one line
 * @param storedText the pack's text exactly as the database holds it
 */
public record UnreadablePack(String id, String title, String version, String origin, String problem, String storedText)
        implements LibraryPack {

    static UnreadablePack of(StoredPack row, PackFormatException refusal) {
        String problem = refusal.getMessage().replaceAll("\\s+", " ").strip();
        return new UnreadablePack(row.id(), row.title(), row.version(), row.origin(), problem, row.json());
    }
}
