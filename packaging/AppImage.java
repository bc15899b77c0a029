import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The self-contained app folder jpackage makes from the trimmed runtime and the class path. */
record AppImage(Package build, String sqliteLibrary) {
    /**
     * A heap limit for a laptop that also runs the slides and a browser; the JVM would otherwise
     * allow itself a quarter of the memory. Measured on the installed app: the example's PDF
     * export peaks at 160 MB before a collection (34 MB live), and a 60 MB archive, near the
     * largest accepted, imports at 430 MB committed (70 MB live) with no full collection.
     */
    static final String HEAP = "-Xmx768m";
    /** Not the JVM's default of 1/64 of the memory, so what the app occupies does not grow with the laptop's RAM. */
    static final String INITIAL_HEAP = "-Xms128m";

    /** Returns the app image: Threshold/ on Linux and Windows, Threshold.app on macOS. */
    Path create() throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", build.images.toString(),
                "--name", Package.NAME, "--app-version", bundleVersion(build), "--vendor", Package.NAME,
                "--description", build.description, "--runtime-image", build.runtime.toString(),
                "--input", build.input.toString(), "--main-jar", build.appJar.getFileName().toString(),
                "--main-class", Package.MAIN_CLASS, "--icon", icon(build.os).toString()));
        for (String option : javaOptions()) {
            args.add("--java-options");
            args.add(option);
        }
        switch (build.os) {
            case WINDOWS -> {
                // The app is a windowed program; scripts and IT need one that writes to the console.
                Path console = build.work.resolve("console-launcher.properties");
                Files.writeString(console, "win-console=true\n");
                args.addAll(List.of("--add-launcher", "threshold-cli=" + console));
            }
            case MAC -> args.addAll(List.of("--mac-package-identifier", "org.threshold.Threshold",
                    "--mac-package-name", Package.NAME));
            case LINUX -> { }
        }
        Tools.tool("jpackage", args.toArray(String[]::new));
        return build.images.resolve(build.os == Package.Os.MAC ? Package.NAME + ".app" : Package.NAME);
    }

    private List<String> javaOptions() {
        return List.of(HEAP, INITIAL_HEAP,
                // The serial collector, starting small: the app's live data is tens of megabytes, and G1 with
                // the same limit let a command-line PDF of a 300-person day reach 350 to 380 MB resident against
                // 200 MB, in the same time; the first frame was no slower (docs/benchmarks.md).
                "-XX:+UseSerialGC",
                // The app works in short bursts (a screen, an export): on a two-core laptop the top-tier
                // compiler costs more than it earns. Measured: the first frame 9 to 28% sooner, a command-line
                // PDF export 36 to 40% (docs/benchmarks.md).
                "-XX:TieredStopAtLevel=1",
                // No monitoring file in the temp folder: the app writes only to its data folder.
                "-XX:-UsePerfData",
                "-Dorg.sqlite.lib.path=$APPDIR/native", "-Dorg.sqlite.lib.name=" + sqliteLibrary,
                // JavaFX 21 loads its libraries and uses sun.misc.Unsafe; say both are expected, so JDK 25 stays quiet.
                "--enable-native-access=javafx.graphics,ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    }

    static Path icon(Package.Os os) {
        return Path.of("assets/icon", switch (os) {
            case WINDOWS -> "threshold.ico";
            case MAC -> "threshold.icns";
            case LINUX -> "threshold-256.png";
        });
    }

    /**
     * jpackage refuses a macOS bundle version that starts with 0, so a 0.x build is 1.0.0 in
     * Finder there; the app itself, and every other OS, report the real version.
     */
    static String bundleVersion(Package build) {
        return build.os == Package.Os.MAC && build.version.startsWith("0.") ? "1.0.0" : build.version;
    }

    /** Each launcher's settings file: Threshold.cfg, and threshold-cli.cfg on Windows. */
    static List<Path> launcherSettings(Path appImage, Package.Os os) throws IOException {
        try (var files = Files.list(appFolder(appImage, os))) {
            return files.filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
        }
    }

    /** Where jpackage puts the class path, and what $APPDIR means at run time. */
    static Path appFolder(Path appImage, Package.Os os) {
        return switch (os) {
            case LINUX -> appImage.resolve("lib/app");
            case WINDOWS -> appImage.resolve("app");
            case MAC -> appImage.resolve("Contents/app");
        };
    }

    /** The launcher that writes to the console: on Windows the main one is a windowed program. */
    static Path launcher(Path appImage, Package.Os os) {
        return switch (os) {
            case LINUX -> appImage.resolve("bin/" + Package.NAME);
            case WINDOWS -> appImage.resolve("threshold-cli.exe");
            case MAC -> appImage.resolve("Contents/MacOS/" + Package.NAME);
        };
    }
}
