package org.threshold.room;

import java.util.Set;
import java.util.function.LongSupplier;

/**
 * How much the phone server takes before it refuses: the body size, the request rates, how many
 * live streams it holds. The clock is passed in so that tests can hold time still.
 *
 * @param extraHostNames host names the server answers to besides its own address (none in the
 *                       app; the browser test maps a name to loopback to run as a phone does)
 */
public record RoomLimits(int maxBodyBytes, Budget perAddress, Budget joinFailures, Budget perDevice, int maxStreams,
                         LongSupplier nanoClock, Set<String> extraHostNames) {
    public RoomLimits {
        extraHostNames = Set.copyOf(extraHostNames);
    }

    /**
     * A token bucket: up to {@code burst} at once, refilled at {@code perSecond}.
     */
    public record Budget(int burst, double perSecond) {
    }

    /**
     * For a room of up to a few hundred phones: a page load is a handful of requests and an
     * answer one, so a phone never meets these; a script hammering the laptop does.
     */
    public static RoomLimits standard() {
        return new RoomLimits(4096, new Budget(120, 20), new Budget(5, 1.0 / 30), new Budget(20, 2), 1000,
                System::nanoTime, Set.of());
    }

    public RoomLimits withClock(LongSupplier clock) {
        return new RoomLimits(maxBodyBytes, perAddress, joinFailures, perDevice, maxStreams, clock, extraHostNames);
    }

    /** A looser budget for the phone-load bench, whose simulated phones all share one address. */
    public RoomLimits withPerAddress(Budget budget) {
        return new RoomLimits(maxBodyBytes, budget, joinFailures, perDevice, maxStreams, nanoClock, extraHostNames);
    }

    public RoomLimits withHostNames(Set<String> names) {
        return new RoomLimits(maxBodyBytes, perAddress, joinFailures, perDevice, maxStreams, nanoClock, names);
    }
}
