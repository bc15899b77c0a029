package org.threshold.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite result codes into messages a facilitator can act on. */
final class SqliteErrors {
    // Primary result codes from sqlite3.h; extended codes carry them in the low byte.
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqliteErrors() {
    }

    static StoreException translate(SQLException e, Path file) {
        int code = e.getErrorCode() & 0xff;
        return switch (code) {
            case FULL -> new StoreException(StoreProblem.DISK_FULL,
                    "The disk is full, so the last change could not be saved. It is kept on screen: "
                            + "free some space and it will be saved on the next try.", e);
            case BUSY, LOCKED -> new StoreException(StoreProblem.LOCKED,
                    "The database " + file + " is busy in another program. Close that program and try again.", e);
            case READONLY -> new StoreException(StoreProblem.READ_ONLY,
                    "The database " + file + " cannot be written to. Check that the folder is not read-only, "
                            + "or open a copy of the file from a folder you can write to.", e);
            case CORRUPT, NOTADB -> corrupt(file, e);
            case CANTOPEN -> new StoreException(StoreProblem.CANNOT_OPEN,
                    "The database " + file + " cannot be opened. Check that the folder exists and that you may write to it.", e);
            case IOERR -> new StoreException(StoreProblem.FAILED,
                    "The computer could not read or write " + file + " (" + e.getMessage()
                            + "). If it is on a USB stick or network drive, copy it to this computer first.", e);
            default -> new StoreException(StoreProblem.FAILED,
                    "The database " + file + " reported a problem: " + e.getMessage(), e);
        };
    }

    static boolean isDiskFull(SQLException e) {
        return (e.getErrorCode() & 0xff) == FULL;
    }

    static StoreException corrupt(Path file, Throwable cause) {
        return new StoreException(StoreProblem.CORRUPT,
                "The database " + file + " is damaged and cannot be used as it is. Nothing has been deleted: "
                        + "Threshold can move the damaged file aside and start afresh, or restore a backup.", cause);
    }
}
