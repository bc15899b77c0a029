package org.threshold.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.LongSupplier;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite result codes into messages a facilitator can act on. */
final class SqliteErrors {
    private static final System.Logger LOG = System.getLogger(SqliteErrors.class.getName());
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

    /** A disk with less room than this is full for SQLite, which needs whole pages and a journal. */
    static final long FULL_BELOW_BYTES = 1024 * 1024;

    static StoreException translate(SQLException e, Path file) {
        return translate(e, file, false, () -> usableSpace(file));
    }

    /** @param reading whether the database was open to read only, when no change can have been lost */
    static StoreException translate(SQLException e, Path file, boolean reading) {
        return translate(e, file, reading, () -> usableSpace(file));
    }

    /** @param usableSpace bytes free on the disk holding {@code file}; asked only when the disk may be the cause */
    static StoreException translate(SQLException e, Path file, boolean reading, LongSupplier usableSpace) {
        int code = e.getErrorCode() & 0xff;
        if (code == IOERR && usableSpace.getAsLong() < FULL_BELOW_BYTES) {
            // A disk filled to the last byte fails SQLite's writes as I/O errors, not as a full database.
            code = FULL;
        }
        LOG.log(System.Logger.Level.WARNING, "SQLite reported " + e.getErrorCode() + " on " + file, e);
        if (e instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_TRIGGER) {
            return new StoreException(StoreProblem.FAILED, "The database refused the change: " + ownWords(e) + ".", e);
        }
        return switch (code) {
            case FULL -> new StoreException(StoreProblem.DISK_FULL, reading
                    ? "The disk holding " + file + " is full, so Threshold cannot read the database. Free some space,"
                            + " then try again."
                    : "The disk is full, so the last change could not be saved. Free some space, then try again.", e);
            case BUSY, LOCKED -> new StoreException(StoreProblem.LOCKED,
                    "The database " + file + " is busy in another program. Close that program and try again.", e);
            case READONLY -> new StoreException(StoreProblem.READ_ONLY,
                    "The database " + file + " cannot be written to. Check that the folder is not read-only, "
                            + "or open a copy of the file from a folder you can write to.", e);
            case CORRUPT, NOTADB -> corrupt(file, e);
            case CANTOPEN -> new StoreException(StoreProblem.CANNOT_OPEN,
                    "The database " + file + " cannot be opened. Check that the folder exists and that you may write to it.", e);
            case IOERR -> new StoreException(StoreProblem.FAILED,
                    "The computer could not read or write " + file
                            + ". If it is on a USB stick or network drive, copy it to this computer first.", e);
            default -> new StoreException(StoreProblem.FAILED,
                    "The database " + file + " reported a problem Threshold did not expect, so the last change was not "
                            + "saved." + LogFile.current().map(log -> " Details are in " + log + ".").orElse(""), e);
        };
    }

    /** A trigger of the schema's own (RAISE) gives its reason in our words, last in SQLite's message. */
    private static String ownWords(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int open = message.lastIndexOf('(');
        return open >= 0 && message.endsWith(")") ? message.substring(open + 1, message.length() - 1) : "a rule of the schema";
    }

    private static long usableSpace(Path file) {
        try {
            Path existing = Files.exists(file) ? file : file.toAbsolutePath().getParent();
            return Files.getFileStore(existing).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
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
