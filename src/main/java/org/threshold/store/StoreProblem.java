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
    /** A destination already holds a file, and replacing it was not agreed. */
    EXISTS,
    /** A destination that may never be written: the live database, a device, a link, a folder of other things. */
    REFUSED,
    FAILED
}
