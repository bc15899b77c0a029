package org.threshold.cli;

import java.io.PrintStream;
import java.util.List;
import org.threshold.workshop.LibraryPack;
import org.threshold.workshop.UnreadablePack;

/**
 * What {@code pack list} prints: one line a pack, {@code id (version V, origin): title}, and for
 * a stored pack that no longer reads, that it cannot be read and its first problem with the place.
 */
final class PackListing {
    private PackListing() {
    }

    /** Exit 0 when every pack reads; 1 when one does not, so a script checking the library notices. */
    static int print(List<LibraryPack> packs, PrintStream out) {
        boolean allRead = true;
        for (LibraryPack pack : packs) {
            String line = Terminal.safe(pack.id()) + " (version " + Terminal.safe(pack.version()) + ", "
                    + pack.originInWords() + "): " + Terminal.safe(pack.title());
            if (pack instanceof UnreadablePack broken) {
                allRead = false;
                line += ". Cannot be read: " + Terminal.safe(broken.problem())
                        + "; it cannot be used or edited until it is fixed and imported again";
            }
            out.println(line);
        }
        return allRead ? 0 : 1;
    }
}
