package org.threshold.store;

/** The kinds of storage trouble a facilitator may meet, each with its own way forward. */
public enum StoreProblem {
    ALREADY_OPEN,
    CORRUPT,
    LOCKED,
    READ_ONLY,
    DISK_FULL,
    NATIVE_LIBRARY,
    CANNOT_OPEN,
    FAILED
}
