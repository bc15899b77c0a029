package org.threshold.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.threshold.domain.pack.Pack;

/**
 * The packs that ship with Threshold, read from the classpath so the app needs no set-up.
 * The build copies {@code assets/packs/*.json} there; this lists them whether the classpath
 * is a folder (running from the IDE or Maven) or the application jar.
 */
public final class BundledPacks {
    /** Where the build puts the shipped packs, as a classpath resource folder. */
    public static final String LOCATION = "org/threshold/assets/packs/";
    private static final Pattern PACK_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.json");

    private final ClassLoader loader;
    private final String location;
    private final PackReader reader;

    public BundledPacks(PackReader reader) {
        this(BundledPacks.class.getClassLoader(), LOCATION, reader);
    }

    /** For tests and tools: packs under another classpath folder, e.g. {@code "fixtures/packs/"}. */
    public BundledPacks(ClassLoader loader, String location, PackReader reader) {
        this.loader = loader;
        this.location = location.endsWith("/") ? location : location + "/";
        this.reader = reader;
    }

    /** The file names of the bundled packs, e.g. {@code threshold-core-england.json}, sorted. */
    public List<String> list() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (URL folder : Collections.list(loader.getResources(location))) {
            names.addAll(namesIn(folder));
        }
        return List.copyOf(names);
    }

    /** Reads and validates one bundled pack by its file name, as listed by {@link #list()}. */
    public Pack load(String name) throws IOException, PackFormatException {
        if (!PACK_NAME.matcher(name).matches()) {
            throw new IOException("not a bundled pack name: " + Places.quote(name));
        }
        try (InputStream in = loader.getResourceAsStream(location + name)) {
            if (in == null) {
                throw new IOException("no bundled pack named " + Places.quote(name));
            }
            return reader.read(in);
        }
    }

    private List<String> namesIn(URL folder) throws IOException {
        switch (folder.getProtocol()) {
            case "file":
                return namesInFolder(folder);
            case "jar":
                return namesInJar(folder);
            default:
                throw new IOException("cannot list bundled packs at " + folder);
        }
    }

    private static List<String> namesInFolder(URL folder) throws IOException {
        Path path;
        try {
            path = Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("bad classpath folder " + folder, e);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> PACK_NAME.matcher(name).matches())
                    .toList();
        }
    }

    private List<String> namesInJar(URL folder) throws IOException {
        URLConnection connection = folder.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("cannot list bundled packs at " + folder);
        }
        // Without this the JDK caches the JarFile and closing it would close it for everyone.
        jarConnection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            String prefix = jarConnection.getEntryName() == null ? "" : jarConnection.getEntryName();
            String folderPrefix = prefix.endsWith("/") ? prefix : prefix + "/";
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String entryName = entry.getName();
                if (!entry.isDirectory() && entryName.startsWith(folderPrefix)) {
                    String name = entryName.substring(folderPrefix.length());
                    if (PACK_NAME.matcher(name).matches()) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
