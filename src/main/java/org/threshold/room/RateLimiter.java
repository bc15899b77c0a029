package org.threshold.room;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Token buckets by key (an address, a device): each take spends one; they refill with time. */
final class RateLimiter {
    /** Past this many keys the oldest state is dropped: a LAN has far fewer phones, so only a flood reaches it. */
    private static final int MAX_KEYS = 10_000;

    private final RoomLimits.Budget budget;
    private final LongSupplier nanoClock;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimiter(RoomLimits.Budget budget, LongSupplier nanoClock) {
        this.budget = budget;
        this.nanoClock = nanoClock;
    }

    /** Spends one token for {@code key}; false when none is left. */
    boolean take(String key) {
        return spend(key, true);
    }

    /** True when {@code key} has a token left, without spending it. */
    boolean hasLeft(String key) {
        return spend(key, false);
    }

    private boolean spend(String key, boolean take) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        long now = nanoClock.getAsLong();
        // {tokens, last refill in nanoseconds}
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {budget.burst(), now});
        synchronized (bucket) {
            double elapsed = Math.max(0, now - bucket[1]) / 1e9;
            bucket[0] = Math.min(budget.burst(), bucket[0] + elapsed * budget.perSecond());
            bucket[1] = now;
            if (bucket[0] < 1) {
                return false;
            }
            if (take) {
                bucket[0] -= 1;
            }
            return true;
        }
    }
}
