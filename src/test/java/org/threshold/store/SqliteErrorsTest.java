package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The store turns SQLite's codes into plain words: a full disk is said the
 * same way whether SQLite saw a full database or (on a disk filled to the last byte) an I/O
 * error; no message promises what only the app can do, and none carries SQLite's own text.
 */
class SqliteErrorsTest {
    private static final Path FILE = Path.of("/data/threshold.db");
    /** SQLITE_IOERR_WRITE: a write the disk refused. */
    private static final int IOERR_WRITE = 778;
    /** SQLITE_IOERR_SHMSIZE: the shared-memory file beside a database could not grow. */
    private static final int IOERR_SHMSIZE = 4874;

    @Test
    void aDiskFilledToTheLastByteIsSaidToBeFull() {
        StoreException full = SqliteErrors.translate(new SQLException("[SQLITE_IOERR_WRITE] disk I/O error", null,
                IOERR_WRITE), FILE, false, () -> 0L);
        assertEquals(StoreProblem.DISK_FULL, full.problem());
        assertEquals("The disk is full, so the last change could not be saved. Free some space, then try again.",
                full.getMessage());
        StoreException roomy = SqliteErrors.translate(new SQLException("[SQLITE_IOERR_WRITE] disk I/O error", null,
                IOERR_WRITE), FILE, false, () -> 50L * 1024 * 1024 * 1024);
        assertEquals(StoreProblem.FAILED, roomy.problem());
        assertEquals("The computer could not read or write /data/threshold.db. If it is on a USB stick or network drive, "
                + "copy it to this computer first.", roomy.getMessage());
    }

    /** Reading (an export, a listing) changes nothing, so a full disk there loses no change and is said so. */
    @Test
    void aFullDiskMetWhileOnlyReadingIsNotSaidToHaveLostAChange() {
        StoreException full = SqliteErrors.translate(new SQLException("[SQLITE_IOERR_SHMSIZE] disk I/O error", null,
                IOERR_SHMSIZE), FILE, true, () -> 0L);
        assertEquals(StoreProblem.DISK_FULL, full.problem());
        assertEquals("The disk holding /data/threshold.db is full, so Threshold cannot read the database. Free some space,"
                + " then try again.", full.getMessage());
    }

    @Test
    void noMessageCarriesSqlitesOwnText() {
        StoreException odd = SqliteErrors.translate(new SQLException("[SQLITE_MISMATCH] datatype mismatch", null, 20),
                FILE, false, () -> Long.MAX_VALUE);
        assertFalse(odd.getMessage().contains("SQLITE"), odd.getMessage());
        assertFalse(odd.getMessage().contains("mismatch"), odd.getMessage());
    }
}
