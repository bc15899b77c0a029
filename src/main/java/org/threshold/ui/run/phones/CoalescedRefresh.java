package org.threshold.ui.run.phones;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A refresh that many phones may ask for at once: one runs at a time, and any number of asks
 * while it runs make exactly one more run after it, never one per phone.
 */
final class CoalescedRefresh {
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final Consumer<Runnable> refresh;

    /** @param refresh starts the work and calls the runnable it is given once the work is done, however it ended */
    CoalescedRefresh(Consumer<Runnable> refresh) {
        this.refresh = refresh;
    }

    void ask() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        refresh.accept(() -> {
            running.set(false);
            if (again.getAndSet(false)) {
                ask();
            }
        });
    }
}
