import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds the installed app on the OS it runs on (docs/installing.md): a runtime trimmed by
 * jlink, an app image made by jpackage with an AOT cache trained on a real start, and the
 * native installer. Run by {@code mvn -Ppackage package}, with a JDK 25 or newer:
 * {@code java packaging/Package.java VERSION DESCRIPTION APP_JAR WORK_DIR}, where
 * WORK_DIR holds class-path.txt, the runtime libraries.
 */
public final class Package {
    static final String NAME = "Threshold";
    static final String MAIN_CLASS = "org.threshold.Main";
    static final String ARCHIVE_EXTENSION = "threshold";
    /** Fixed for ever: Windows Installer recognises a newer MSI of the same product by it. */
    static final String WINDOWS_UPGRADE_UUID = "e5306eb3-3ace-4f83-bbc1-d58252a9cccf";

    /**
     * What jdeps finds the app and its libraries need, checked on every build by {@link #checkModules};
     * java.logging, which System.Logger writes through; jdk.httpserver for the phone server and
     * java.net.http for its self-test, which asks the laptop's own address; and jdk.localedata
     * (cut to English) for UK dates.
     */
    static final List<String> MODULES = List.of("java.desktop", "java.logging", "java.management", "java.net.http",
            "java.sql", "jdk.httpserver", "jdk.localedata", "javafx.controls");
    /** jdeps names these for Apache POI's digital-signature code, which Word export never reaches. */
    static final Set<String> NOT_NEEDED = Set.of("java.security.jgss", "java.xml.crypto");

    final Os os = Os.current();
    final String version;
    final String description;
    final Path appJar;
    final Path work;
    final Path input;
    final Path javafx;
    final Path runtime;
    final Path images;

    Package(String version, String description, Path appJar, Path work) {
        this.version = version;
        this.description = description;
        this.appJar = appJar;
        this.work = work;
        this.input = work.resolve("input");
        this.javafx = work.resolve("javafx");
        this.runtime = work.resolve("runtime");
        this.images = work.resolve("image");
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < 25) {
            fail("Packaging needs JDK 25 or newer (its AOT cache survives installation; JDK 17's CDS archive does not)."
                    + " Run Maven with JAVA_HOME set to a JDK 25; the source still compiles for Java 17.");
        }
        if (args.length != 4) {
            fail("Usage: java packaging/Package.java VERSION DESCRIPTION APP_JAR WORK_DIR");
        }
        Package build = new Package(args[0], args[1], Path.of(args[2]), Path.of(args[3]));
        build.run();
    }

    void run() throws Exception {
        for (Path folder : List.of(input, javafx, runtime, images, work.resolve("installer"), work.resolve("training"))) {
            Tools.deleteTree(folder);
        }
        Files.createDirectories(input);
        Files.createDirectories(javafx);
        long start = System.nanoTime();
        String sqliteLibrary = prepareInput();
        checkModules();
        link();
        Path appImage = new AppImage(this, sqliteLibrary).create();
        System.out.printf("app image made in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        new Training(this, appImage).train();
        System.out.printf("start-up cache trained at %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        for (Path installer : new Installers(this, appImage).create()) {
            System.out.printf("%s: %.1f MB%n", installer, Files.size(installer) / 1e6);
        }
        System.out.printf("installers made at %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        System.out.printf("runtime: %.1f MB, app image: %.1f MB%n", Tools.treeSize(runtime) / 1e6, Tools.treeSize(appImage) / 1e6);
    }

    /**
     * Splits the libraries: JavaFX's platform jars become modules of the runtime; the rest go
     * on the class path, stored uncompressed so the installer's own compression works across
     * files (the .deb comes out about 14 MB smaller). Returns the SQLite library's file name.
     */
    String prepareInput() throws Exception {
        Path classPath = work.resolve("class-path.txt");
        String sqliteLibrary = null;
        for (String element : Files.readString(classPath).trim().split(java.io.File.pathSeparator)) {
            Path jar = Path.of(element);
            String name = jar.getFileName().toString();
            if (name.startsWith("javafx-")) {
                if (hasModuleInfo(jar)) {
                    Files.copy(jar, javafx.resolve(name));
                }
            } else if (name.startsWith("sqlite-jdbc-")) {
                sqliteLibrary = extractSqliteLibrary(jar);
                storeUncompressed(jar, input.resolve(name), entry -> entry.startsWith("org/sqlite/native/"));
            } else {
                storeUncompressed(jar, input.resolve(name), entry -> false);
            }
        }
        storeUncompressed(appJar, input.resolve(appJar.getFileName()), entry -> false);
        if (sqliteLibrary == null) {
            fail("No sqlite-jdbc jar in " + classPath);
        }
        return sqliteLibrary;
    }

    /**
     * Puts this OS's SQLite library in the app's own folder, found through org.sqlite.lib.path:
     * nothing is unpacked at run time, and the file can be signed like the rest of the app.
     */
    String extractSqliteLibrary(Path jar) throws Exception {
        try (URLClassLoader driver = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Class<?> util = driver.loadClass("org.sqlite.util.LibraryLoaderUtil");
            String folder = (String) util.getMethod("getNativeLibResourcePath").invoke(null);
            String name = (String) util.getMethod("getNativeLibName").invoke(null);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(folder.substring(1) + "/" + name);
                if (entry == null) {
                    fail("sqlite-jdbc has no library for this computer at " + folder);
                }
                Files.createDirectories(input.resolve("native"));
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, input.resolve("native").resolve(name));
                }
            }
            return name;
        }
    }

    /** Fails the build when jdeps finds a module the runtime leaves out, so a new library cannot break the installed app. */
    void checkModules() throws IOException {
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> jars = Files.list(input)) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> classPath.add(p.toString()));
        }
        // log4j-to-slf4j is a named module that requires org.slf4j: jdeps must find that module to resolve it.
        List<String> modulePath = new ArrayList<>(List.of(javafx.toString()));
        classPath.stream().filter(jar -> Path.of(jar).getFileName().toString().startsWith("slf4j-api-"))
                .forEach(modulePath::add);
        String found = Tools.capture("jdeps", Stream.concat(Stream.of("-q", "--multi-release", "base", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", String.join(java.io.File.pathSeparator, modulePath), "--class-path",
                String.join(java.io.File.pathSeparator, classPath)), classPath.stream()).toArray(String[]::new));
        Set<String> missing = new TreeSet<>(Arrays.asList(found.trim().split(",")));
        missing.remove("java.base");
        missing.removeAll(NOT_NEEDED);
        missing.removeIf(module -> MODULES.contains(module) || module.startsWith("javafx."));
        if (!missing.isEmpty()) {
            fail("jdeps says the app needs " + missing + ", which the runtime leaves out: add them to MODULES in "
                    + "packaging/Package.java, or to NOT_NEEDED with the reason.");
        }
    }

    /**
     * The runtime: only the modules above. JavaFX's native libraries are left out of the module
     * image and copied where JavaFX looks first for a linked runtime, so nothing is unpacked into
     * the user's home at start.
     */
    void link() throws IOException {
        Tools.tool("jlink", "--module-path", javafx.toString(), "--add-modules", String.join(",", MODULES),
                "--include-locales=en", "--strip-debug", "--strip-native-commands", "--no-header-files",
                "--no-man-pages", "--exclude-resources=regex:/javafx\\.graphics/[^/]*\\.(so|dll|dylib|jar)",
                "--output", runtime.toString());
        Path natives = runtime.resolve(os == Os.WINDOWS ? "bin/javafx" : "lib");
        Files.createDirectories(natives);
        try (Stream<Path> jars = Files.list(javafx)) {
            for (Path jar : jars.toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : zip.stream().toList()) {
                        String name = entry.getName();
                        if (!name.contains("/") && name.matches(".*\\.(so|dll|dylib)")) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                Files.copy(in, natives.resolve(name));
                            }
                        }
                    }
                }
            }
        }
    }

    static boolean hasModuleInfo(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("module-info.class") != null;
        }
    }

    static void storeUncompressed(Path from, Path to, java.util.function.Predicate<String> leaveOut) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (leaveOut.test(entry.getName())) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(bytes.length);
                stored.setCompressedSize(bytes.length);
                stored.setCrc(crc.getValue());
                stored.setTime(entry.getTime());
                out.putNextEntry(stored);
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    static void fail(String message) {
        throw new IllegalStateException(message);
    }

    enum Os {
        LINUX, WINDOWS, MAC;

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MAC : LINUX;
        }
    }
}
