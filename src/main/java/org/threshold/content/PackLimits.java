package org.threshold.content;

/**
 * How big a pack may be. The bounds protect the facilitator's laptop from a hostile or broken
 * file (a pack may arrive by email from another partnership); real packs are far smaller.
 *
 * @param maxBytes        the file size cap, checked before any parsing
 * @param maxDepth        how deeply objects and arrays may nest (a real pack needs about 8)
 * @param maxStringLength the longest text value, in characters
 */
public record PackLimits(long maxBytes, int maxDepth, int maxStringLength) {
    /** The limits documented in docs/pack-format.md. */
    public static final PackLimits DEFAULT = new PackLimits(5L * 1024 * 1024, 32, 100_000);

    public PackLimits {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8 || maxDepth < 1 || maxStringLength < 1) {
            throw new IllegalArgumentException("pack limits must be positive and fit in memory");
        }
    }
}
