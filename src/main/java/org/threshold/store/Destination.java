package org.threshold.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;

/**
 * What is already at a place the facilitator chose to save to, read without following links.
 * Only a new name or an ordinary file (for a folder export: a new name, an empty folder or a
 * folder of CSV files from an earlier export) may be written; a device, a pipe, a link or
 * anything else is refused, because replacing it could break the computer or write through to
 * somewhere the facilitator never chose.
 */
public final class Destination {
    /** The kinds of thing a destination can be. */
    public enum Kind { NEW, FILE, EMPTY_FOLDER, EARLIER_EXPORT }

    /** Every CSV export writes this file, so a folder holding it is one. */
    public static final String DATA_DICTIONARY = "data-dictionary.csv";

    private final Path path;
    private final Kind kind;
    private final Set<PosixFilePermission> mode;

    private Destination(Path path, Kind kind, Set<PosixFilePermission> mode) {
        this.path = path;
        this.kind = kind;
        this.mode = mode;
    }

    /**
     * Looks at {@code target} for a file ({@code folder} false) or a folder of CSV files.
     *
     * @throws StoreException with {@link StoreProblem#REFUSED} for anything that may not be written
     */
    public static Destination inspect(Path target, boolean folder) {
        Path path = target.toAbsolutePath().normalize();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new Destination(path, Kind.NEW, null);
        } catch (IOException e) {
            throw AtomicFile.cannotWrite(path, e);
        }
        if (attributes.isSymbolicLink()) {
            throw refused(path, "is a link to somewhere else");
        }
        if (!folder && attributes.isRegularFile()) {
            return new Destination(path, Kind.FILE, mode(path));
        }
        if (folder && attributes.isDirectory()) {
            return new Destination(path, folderKind(path), mode(path));
        }
        if (attributes.isDirectory()) {
            throw refused(path, "is a folder");
        }
        throw refused(path, folder ? "is a file, not a folder" : "is not an ordinary file (a device or a pipe, say)");
    }

    public Path path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    /** True when writing here replaces something the facilitator may want to keep. */
    public boolean replacesSomething() {
        return kind == Kind.FILE || kind == Kind.EARLIER_EXPORT;
    }

    /** @throws StoreException with {@link StoreProblem#EXISTS} when something is here and replacing it was not agreed */
    public Destination requireReplaceable(boolean mayReplace) {
        if (replacesSomething() && !mayReplace) {
            throw new StoreException(StoreProblem.EXISTS, path.getFileName() + " already exists in " + path.getParent()
                    + ", and Threshold replaces it only when asked to.");
        }
        return this;
    }

    /** A replaced file keeps its permissions: a file made read-only, or private, stays so. */
    void copyModeTo(Path written) throws IOException {
        if (mode != null) {
            Files.setPosixFilePermissions(written, mode);
        }
    }

    private static Set<PosixFilePermission> mode(Path path) {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        try {
            return posix == null ? null : posix.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A folder may be replaced only when it holds nothing but ordinary CSV files, the data
     * dictionary among them: what a CSV export leaves. Anything else might be the facilitator's own.
     */
    private static Kind folderKind(Path folder) {
        boolean empty = true;
        boolean dictionary = false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                empty = false;
                String name = entry.getFileName().toString();
                if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")
                        || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    throw refused(folder, "is a folder that holds other things than an earlier CSV export");
                }
                dictionary |= name.equals(DATA_DICTIONARY);
            }
        } catch (IOException e) {
            throw AtomicFile.cannotWrite(folder, e);
        }
        if (empty) {
            return Kind.EMPTY_FOLDER;
        }
        if (!dictionary) {
            throw refused(folder, "is a folder of CSV files that Threshold did not write");
        }
        return Kind.EARLIER_EXPORT;
    }

    private static StoreException refused(Path path, String why) {
        return new StoreException(StoreProblem.REFUSED, "Threshold will not save over " + path + ": it " + why
                + ". Choose a new name.");
    }
}
