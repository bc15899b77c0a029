package org.threshold.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledPacksTest {
    private final PackReader reader = new PackReader();

    /** The packs the build copies from assets/packs: every one must read and validate. */
    @Test
    void everyBundledPackValidates() throws Exception {
        BundledPacks bundled = new BundledPacks(reader);
        List<String> names = bundled.list();
        assertFalse(names.isEmpty(), "no packs found on the classpath under /" + BundledPacks.LOCATION
                + " (the build copies them from assets/packs/*.json)");
        for (String name : names) {
            try {
                bundled.load(name);
            } catch (PackFormatException e) {
                throw new AssertionError(name + " does not validate:\n" + String.join("\n", Fixtures.lines(e.problems())), e);
            }
        }
    }

    @Test
    void listsAndLoadsPacksInAClasspathFolder() throws Exception {
        BundledPacks fixtures = new BundledPacks(getClass().getClassLoader(), "org/threshold/content/valid/", reader);
        assertEquals(List.of("small-pack.json"), fixtures.list());
        assertEquals("test-small-pack", fixtures.load("small-pack.json").metadata().id());
    }

    @Test
    void listsAndLoadsPacksInsideAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folder entries, as the Maven jar plugin writes them: they are what makes the folder findable.
            for (String folder : List.of("org/", "org/threshold/", "org/threshold/assets/", BundledPacks.LOCATION)) {
                put(out, folder, new byte[0]);
            }
            put(out, BundledPacks.LOCATION + "one.json", Fixtures.bytes(Fixtures.VALID));
            put(out, BundledPacks.LOCATION + "two.json", Fixtures.bytes(Fixtures.VALID));
            put(out, BundledPacks.LOCATION + "README.txt", new byte[0]);
            put(out, BundledPacks.LOCATION + "nested/three.json", new byte[0]);
            put(out, "org/threshold/other/four.json", new byte[0]);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            BundledPacks bundled = new BundledPacks(loader, BundledPacks.LOCATION, reader);
            assertEquals(List.of("one.json", "two.json"), bundled.list());
            assertEquals("test-small-pack", bundled.load("two.json").metadata().id());
        }
    }

    @Test
    void nothingOutsideTheFolderCanBeLoaded() {
        BundledPacks fixtures = new BundledPacks(getClass().getClassLoader(), "org/threshold/content/valid/", reader);
        assertThrows(IOException.class, () -> fixtures.load("../broken/empty.json"));
        assertThrows(IOException.class, () -> fixtures.load("absent.json"));
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(content);
        jar.closeEntry();
    }
}
