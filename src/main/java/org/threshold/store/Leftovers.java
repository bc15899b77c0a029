package org.threshold.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a crash can leave behind, and its clearing up at the next start. A write in progress
 * has a temporary file (or folder) beside its destination, wherever the facilitator chose to
 * save; a record of it in the data folder lets the next start find it. When the database
 * driver cannot use the copy of its native library kept in the data folder's {@code native/}
 * ({@link NativeLibrary}), it unpacks one of its own there for the run, and only a clean exit
 * removes that (older versions of Threshold did so on every start). Only names Threshold itself makes, older than
 * {@link #OLD_ENOUGH} (so nothing another running copy is still using), are ever removed.
 */
public final class Leftovers {
    /** Older than any write still in progress: a temporary file is written to without pause. */
    static final Duration OLD_ENOUGH = Duration.ofMinutes(15);
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.threshold-[0-9a-f]{8}\\.(tmp|old)");
    private static final Pattern NATIVE_LIBRARY = Pattern.compile(
            "sqlite-[0-9.]+-[0-9a-fA-F-]+-(lib)?sqlitejdbc\\.(so|dll|dylib|jnilib)(\\.lck)?");
    private static final String RECORDS = "unfinished-writes";
    private static final int LONGEST_STEM = 100;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final System.Logger LOG = System.getLogger(Leftovers.class.getName());

    /** Forgets the temporary paths of one write once it has finished, whichever way. */
    public interface Record extends AutoCloseable {
        @Override
        void close();
    }

    private final Path records;
    private final Path nativeLibraries;

    private Leftovers(Path records, Path nativeLibraries) {
        this.records = records;
        this.nativeLibraries = nativeLibraries;
    }

    /** Records kept in the data folder, where the next start looks for them. */
    public static Leftovers in(DataFolder folder) {
        return new Leftovers(folder.path().resolve(RECORDS), folder.nativeLibraries());
    }

    /** Nothing recorded: for tests and tools, whose temporary files are cleaned by their own finally blocks. */
    public static Leftovers none() {
        return new Leftovers(null, null);
    }

    /** A hidden name beside {@code target} that only Threshold makes, e.g. {@code .summary.pdf.threshold-1a2b3c4d.tmp}. */
    static Path beside(Path target, String kind) {
        String name = target.getFileName().toString();
        String stem = name.length() <= LONGEST_STEM ? name : name.substring(0, name.offsetByCodePoints(0,
                name.codePointCount(0, LONGEST_STEM)));
        return target.resolveSibling("." + stem + ".threshold-" + randomHex(4) + "." + kind);
    }

    /** Notes {@code paths} before they are made; a record that cannot be written costs only the clearing up. */
    Record remember(List<Path> paths) {
        if (records == null) {
            return () -> { };
        }
        Path record = records.resolve(randomHex(8) + ".txt");
        try {
            Files.createDirectories(records);
            Files.write(record, paths.stream().map(p -> p.toAbsolutePath().toString()).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not note a temporary file for clearing up after a crash", e);
            return () -> { };
        }
        return () -> AtomicFile.deleteQuietly(record);
    }

    /** Removes what earlier runs left; returns how many files and folders went. Never fails the start. */
    public int cleanUp(Instant now) {
        int removed = 0;
        for (Path record : entries(records)) {
            removed += clearRecord(record, now);
        }
        for (Path file : entries(nativeLibraries)) {
            if (NATIVE_LIBRARY.matcher(file.getFileName().toString()).matches() && oldEnough(file, now)
                    && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && delete(file)) {
                removed++;
            }
        }
        if (removed > 0) {
            LOG.log(System.Logger.Level.INFO, "Cleared " + removed + " file(s) left by an earlier run that did not finish");
        }
        return removed;
    }

    private int clearRecord(Path record, Instant now) {
        int removed = 0;
        boolean finished = true;
        try {
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                Path left = Path.of(line);
                if (!Files.exists(left, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!TEMPORARY.matcher(left.getFileName().toString()).matches()) {
                    continue;
                }
                if (oldEnough(left, now) && deleteTree(left)) {
                    removed++;
                } else {
                    finished = false;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the record " + record, e);
        }
        if (finished) {
            AtomicFile.deleteQuietly(record);
        }
        return removed;
    }

    /** A temporary file, or a temporary folder of export files; nothing inside is followed through a link. */
    static boolean deleteTree(Path path) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            for (Path inside : entries(path)) {
                if (Files.isRegularFile(inside, LinkOption.NOFOLLOW_LINKS)) {
                    delete(inside);
                }
            }
        }
        return (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                && delete(path);
    }

    private static boolean oldEnough(Path path, Instant now) {
        try {
            Instant changed = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
            return !changed.isAfter(now.minus(OLD_ENOUGH));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean delete(Path path) {
        try {
            Files.delete(path);
            return true;
        } catch (IOException e) {
            // On Windows a library another copy of Threshold has loaded cannot be removed; it goes another day.
            LOG.log(System.Logger.Level.DEBUG, "Could not remove " + path + ": " + e.getMessage());
            return false;
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static List<Path> entries(Path folder) {
        if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            List<Path> list = new ArrayList<>();
            stream.forEach(list::add);
            return list;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not list " + folder, e);
            return List.of();
        }
    }
}
