package org.threshold.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The database engine's native library, unpacked once into the data folder's {@code native/} and
 * loaded from there by every later start. Left to itself the driver unpacks a fresh copy on each
 * start, which on a busy laptop is a noticeable part of opening the window, and a crash leaves that
 * copy behind. A copy is used only while its size and checksum match the library in the driver's
 * jar; anything else (a damaged copy, a new driver, no jar) and it is unpacked again, or the
 * driver's own way is left in place.
 */
final class NativeLibrary {
    private static final String PREFIX = "sqlitejdbc-";

    private NativeLibrary() {
    }

    /** The copy in {@code folder} for this computer, unpacked now if missing or not the driver's; empty if it cannot be. */
    static Optional<Path> unpackedInto(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            return Optional.empty();
        }
        try {
            ZipEntry entry = ((JarURLConnection) resource.openConnection()).getJarEntry();
            if (entry.getSize() < 0 || entry.getCrc() < 0) {
                return Optional.empty();
            }
            Path copy = folder.resolve(PREFIX + String.format(Locale.ROOT, "%08x-", entry.getCrc()) + name);
            if (!matches(copy, entry)) {
                unpack(resource, copy, entry);
                removeOtherCopies(folder, copy, name);
            }
            return Optional.of(copy);
        } catch (IOException | RuntimeException e) {
            System.getLogger(NativeLibrary.class.getName()).log(System.Logger.Level.INFO,
                    "The database engine's library is unpacked afresh this time: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean matches(Path copy, ZipEntry entry) throws IOException {
        if (!Files.isRegularFile(copy) || Files.size(copy) != entry.getSize()) {
            return false;
        }
        try (InputStream in = Files.newInputStream(copy)) {
            return crc(in) == entry.getCrc();
        }
    }

    /** Through the store's one writer, so a start never loads half a file; checked again once in place. */
    private static void unpack(URL resource, Path copy, ZipEntry entry) throws IOException {
        Files.createDirectories(copy.getParent());
        AtomicFile.write(copy, out -> {
            try (InputStream in = resource.openStream()) {
                in.transferTo(out);
            }
        });
        if (!matches(copy, entry)) {
            throw new IOException("the unpacked library does not match the driver's");
        }
    }

    /** Copies a driver of another version left: one library in the folder, not one per upgrade. */
    private static void removeOtherCopies(Path folder, Path keep, String name) {
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, PREFIX + "*-" + name)) {
            for (Path other : copies) {
                if (!other.equals(keep)) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException e) {
            // In use by another copy of Threshold still running the older driver: it goes next time.
        }
    }

    private static long crc(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        try (CheckedInputStream checked = new CheckedInputStream(in, crc)) {
            checked.transferTo(OutputStream.nullOutputStream());
        }
        return crc.getValue();
    }
}
