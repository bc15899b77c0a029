package org.threshold.room;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The phone page's own files, read once from the app's resources. Only these paths exist: there
 * is no folder behind them to list or to climb out of.
 */
final class PageFiles {
    record File(String contentType, byte[] bytes) {
    }

    private final Map<String, File> files;

    PageFiles() {
        files = Map.of(
                "/", load("index.html", "text/html; charset=utf-8"),
                "/phone.css", load("phone.css", "text/css; charset=utf-8"),
                "/phone.js", load("phone.js", "text/javascript; charset=utf-8"));
    }

    Optional<File> find(String path) {
        return Optional.ofNullable(files.get(path));
    }

    private static File load(String name, String contentType) {
        try (InputStream in = PageFiles.class.getResourceAsStream("page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The phone page file " + name + " is missing from the app");
            }
            return new File(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
