package org.threshold.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one way Threshold writes a file: exports, archives, packs and a restored database alike.
 * The bytes go to a temporary file beside the destination, are forced to disk, and the finished
 * file is renamed over the destination in one step, so a crash, a full disk or a pulled USB
 * stick leaves either what was there before or the complete new file, never a torn mix, and
 * no temporary file (one left by a crash is cleared at the next start, see {@link Leftovers}).
 * A folder of CSV files is written the same way: the whole set into a temporary folder, then
 * moved into place. Where the facilitator chose the destination it is checked first
 * ({@link Destination}), and the live database is never one.
 */
public final class AtomicFile {
    /** Writes the content of one file; called once. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Adds one file to a folder being written. */
    @FunctionalInterface
    public interface Folder {
        void write(String name, Content content) throws IOException;
    }

    /** Writes every file of a folder. */
    @FunctionalInterface
    public interface FolderContent {
        void writeInto(Folder folder) throws IOException;
    }

    private final FileOps ops;
    private final Path liveDatabase;
    private final Leftovers leftovers;

    AtomicFile(FileOps ops, Path liveDatabase, Leftovers leftovers) {
        this.ops = ops;
        this.liveDatabase = liveDatabase == null ? null : liveDatabase.toAbsolutePath().normalize();
        this.leftovers = leftovers;
    }

    /** For files the facilitator names: never over {@code liveDatabase}, temporary files noted in {@code leftovers}. */
    public static AtomicFile forExports(Path liveDatabase, Leftovers leftovers) {
        return new AtomicFile(FileOps.REAL, liveDatabase, leftovers);
    }

    /** The store's own files (a restored database, a staged copy), replaced in one step. */
    static void write(Path target, Content content) {
        write(target, content, FileOps.REAL);
    }

    static void write(Path target, Content content, FileOps ops) {
        new AtomicFile(ops, null, Leftovers.none()).write(target, content, true);
    }

    /**
     * Checks a destination before any slow work, so a refusal comes at once.
     *
     * @throws StoreException {@link StoreProblem#REFUSED} for the live database or anything but an ordinary
     *                        file or a new name; {@link StoreProblem#EXISTS} when replacing was not agreed
     */
    public Destination check(Path target, boolean folder, boolean mayReplace) {
        Path absolute = target.toAbsolutePath().normalize();
        refuseLiveDatabase(absolute);
        return Destination.inspect(absolute, folder).requireReplaceable(mayReplace);
    }

    /** Writes {@code target} in one step; on failure what was there is untouched and no temporary file is left. */
    public Path write(Path target, Content content, boolean mayReplace) {
        Path absolute = target.toAbsolutePath().normalize();
        Destination destination = check(absolute, false, mayReplace);
        Path temp = Leftovers.beside(absolute, "tmp");
        boolean placed = false;
        try (Leftovers.Record record = leftovers.remember(List.of(temp))) {
            writeFile(temp, content);
            destination.copyModeTo(temp);
            // What is there may have changed while the content was written.
            check(absolute, false, mayReplace);
            ops.replace(temp, absolute);
            placed = true;
            ops.forceFolderOrWarn(absolute.getParent());
        } catch (IOException e) {
            throw cannotWrite(absolute, e);
        } finally {
            if (!placed) {
                deleteQuietly(temp);
            }
        }
        return absolute;
    }

    /**
     * Writes a folder of files in one step: a new name, an empty folder, or (when agreed) a folder of an
     * earlier CSV export, which is replaced whole. Returns the files written.
     */
    public List<Path> writeFolder(Path target, FolderContent content, boolean mayReplace) {
        Path absolute = target.toAbsolutePath().normalize();
        Destination destination = check(absolute, true, mayReplace);
        Path temp = Leftovers.beside(absolute, "tmp");
        Path old = Leftovers.beside(absolute, "old");
        List<Path> written = new ArrayList<>();
        boolean placed = false;
        try (Leftovers.Record record = leftovers.remember(List.of(temp, old))) {
            Files.createDirectory(temp);
            content.writeInto((name, file) -> {
                writeFile(temp.resolve(plainName(name)), file);
                written.add(absolute.resolve(name));
            });
            destination.copyModeTo(temp);
            ops.forceFolderOrWarn(temp);
            boolean swap = check(absolute, true, mayReplace).kind() != Destination.Kind.NEW;
            if (swap) {
                ops.replace(absolute, old);
            }
            try {
                ops.replace(temp, absolute);
            } catch (IOException e) {
                if (swap) {
                    ops.replace(old, absolute);
                }
                throw e;
            }
            placed = true;
            ops.forceFolderOrWarn(absolute.getParent());
            if (swap) {
                Leftovers.deleteTree(old);
            }
        } catch (IOException e) {
            throw cannotWrite(absolute, e);
        } finally {
            if (!placed) {
                Leftovers.deleteTree(temp);
            }
        }
        return written;
    }

    private void writeFile(Path file, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            content.writeTo(out);
        }
        ops.force(file);
    }

    private static String plainName(String name) {
        if (name.isEmpty() || name.startsWith(".") || !Path.of(name).getFileName().toString().equals(name)) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        return name;
    }

    /**
     * The live database, its journal files and its lock are never a destination: writing an
     * export over them would destroy the data the export was made from.
     */
    private void refuseLiveDatabase(Path target) {
        if (liveDatabase == null) {
            return;
        }
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            Path part = liveDatabase.resolveSibling(liveDatabase.getFileName() + suffix);
            if (target.equals(part) || sameFile(target, part)) {
                throw new StoreException(StoreProblem.REFUSED, "Threshold will not save over " + target.getFileName()
                        + ": it is the database your workshops are kept in. Choose another name or folder.");
            }
        }
    }

    /** One plain sentence naming the destination (never the temporary file) and the reason in words. */
    static StoreException cannotWrite(Path target, IOException e) {
        String reason = reason(e);
        boolean full = isDiskFull(reason);
        String advice = full ? "Free some space, then try again."
                : e instanceof AccessDeniedException ? "Choose a folder you may save to."
                : e instanceof NoSuchFileException ? "Check the drive is still connected, or choose another folder."
                : "Check the drive is still connected and has space, then try again.";
        return new StoreException(full ? StoreProblem.DISK_FULL : StoreProblem.FAILED,
                "Threshold could not save " + target.getFileName() + " in " + target.getParent() + " ("
                        + (full ? "the disk is full" : reason) + "). Any file that was there before is unchanged. "
                        + advice, e);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof ClosedByInterruptException) {
            return "it was stopped part way";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().strip().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "the disk reported an error"
                : e.getMessage().strip().toLowerCase(Locale.ROOT);
    }

    static boolean isDiskFull(String reason) {
        String text = reason.toLowerCase(Locale.ROOT);
        return text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("disk quota exceeded");
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(AtomicFile.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not remove the temporary file " + file, e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
