package org.threshold.workshop;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.threshold.store.StoreException;
import org.threshold.store.StoreProblem;

/**
 * A file (or an earlier CSV export) is already where the facilitator asked to save, and nobody
 * has agreed to replace it: the app asks, the command line wants {@code --force}. Nothing was
 * written.
 */
public final class DestinationExists extends RuntimeException {
    private final transient Path path;

    public DestinationExists(Path path, StoreException cause) {
        super(cause.getMessage(), cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Runs a write, turning the store's "already exists" into this, so the screens can ask and try again. */
    public static <T> T whenWriting(Path target, Supplier<T> write) {
        try {
            return write.get();
        } catch (StoreException e) {
            if (e.problem() == StoreProblem.EXISTS) {
                throw new DestinationExists(target.toAbsolutePath().normalize(), e);
            }
            throw e;
        }
    }
}
