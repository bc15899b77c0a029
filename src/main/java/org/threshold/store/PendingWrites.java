package org.threshold.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Edits that could not be saved because the disk was full or the file was busy. SQLite rolls
 * the whole transaction back in that case, so the edit exists only in memory: it is kept here,
 * in the order it was made, and saved again on the next try, before any newer edit, so a later
 * change never lands under an earlier one.
 *
 * <p>Each write must be a complete unit that can run again from the start (a repository call, or
 * several inside {@link Database#transaction(Runnable)}); a write that needs the new row's id
 * back should call the repository directly.
 */
public final class PendingWrites {
    private static final System.Logger LOG = System.getLogger(PendingWrites.class.getName());

    /**
     * What happened to the edits so far.
     *
     * @param pending edits still waiting to be saved; 0 when everything is on disk
     * @param problem why they wait, in words for the facilitator
     */
    public record Outcome(int pending, Optional<StoreException> problem) {
        public boolean allSaved() {
            return pending == 0;
        }
    }

    private record Pending(String description, Runnable write) {
    }

    private final Deque<Pending> queue = new ArrayDeque<>();

    /**
     * Saves the edit now, after any that are still waiting; if the disk is full or the file busy,
     * keeps it for the next try instead.
     *
     * @param description a few words for the log and the screen, e.g. "Police answer at stage 2"
     * @throws StoreException for a problem that waiting will not fix (a damaged file, say); the edit is not kept
     */
    public synchronized Outcome save(String description, Runnable write) {
        queue.addLast(new Pending(description, write));
        return flush();
    }

    /** Saves what is waiting, oldest first, stopping at the first that still cannot be saved. */
    public synchronized Outcome retry() {
        return flush();
    }

    public synchronized int pending() {
        return queue.size();
    }

    /** What is waiting, oldest first, so the screen can say which edits are not yet on disk. */
    public synchronized List<String> descriptions() {
        return queue.stream().map(Pending::description).toList();
    }

    private Outcome flush() {
        while (!queue.isEmpty()) {
            Pending next = queue.peekFirst();
            try {
                next.write().run();
            } catch (StoreException e) {
                if (isWorthRetrying(e)) {
                    LOG.log(System.Logger.Level.WARNING, queue.size() + " edit(s) kept in memory until they can be saved: "
                            + e.getMessage());
                    return new Outcome(queue.size(), Optional.of(e));
                }
                queue.removeFirst();
                LOG.log(System.Logger.Level.ERROR, "Could not save \"" + next.description() + "\"", e);
                throw e;
            } catch (RuntimeException e) {
                queue.removeFirst();
                throw e;
            }
            queue.removeFirst();
        }
        return new Outcome(0, Optional.empty());
    }

    /** Space can be freed and another program can let go; anything else needs the facilitator. */
    private static boolean isWorthRetrying(StoreException e) {
        return e.problem() == StoreProblem.DISK_FULL || e.problem() == StoreProblem.LOCKED;
    }
}
