package org.threshold.workshop;

/**
 * One pack as the library lists it: one that reads, ready to run from, or a stored one that no
 * longer reads, listed with its problem so that it never drops out of sight.
 */
public sealed interface LibraryPack permits PackLibrary.LoadedPack, UnreadablePack {
    String id();

    String title();

    String version();

    /** "bundled", "imported" or "custom". */
    String origin();

    /** Shipped with Threshold: read-only, duplicated to be customised. */
    default boolean bundled() {
        return PackLibrary.BUNDLED.equals(origin());
    }

    /** Where the pack came from, as the library lists it. */
    default String originInWords() {
        return switch (origin()) {
            case PackLibrary.BUNDLED -> "ships with Threshold";
            case PackLibrary.IMPORTED -> "imported";
            case PackLibrary.CUSTOM -> "customised";
            default -> origin();
        };
    }
}
