import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the app image's AOT cache on a real start: the example workshop is added, then the
 * app opens on it and exits after its first frame. The JDK records every class loaded and
 * linked on the way, and the launchers are told to use the cache from then on. The cache
 * still holds once the app is installed elsewhere (packaging/check-linux.sh runs the installed
 * copy with the cache required); if a jar ever changes, the JVM ignores the cache and starts
 * as it would without it.
 */
record Training(Package build, Path appImage) {
    static final String CACHE = "threshold.aot";

    void train() throws IOException, InterruptedException {
        if (build.os == Package.Os.LINUX && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            Package.fail("Training the start-up cache opens the app's window, and there is no display:"
                    + " run the build under xvfb-run (docs/installing.md).");
        }
        Path data = build.work.resolve("training");
        Files.createDirectories(data);
        String launcher = AppImage.launcher(appImage, build.os).toAbsolutePath().toString();
        String home = data.toAbsolutePath().toString();
        Tools.run(List.of(launcher, "demo", "--db", "training.db", "--create"), data, "demo.log", "THRESHOLD_HOME", home);
        // Two steps, both through the launcher so the class path and options match the installed app's
        // (the one-step -XX:AOTCacheOutput needs a bin/java, which the trimmed runtime leaves out). The
        // files are named relative to the training folder, as JAVA_TOOL_OPTIONS splits at spaces.
        Tools.run(List.of(launcher, "--db", "training.db", "--exit-after-first-frame"), data, "training.log",
                "THRESHOLD_HOME", home, "JAVA_TOOL_OPTIONS", "-XX:AOTMode=record -XX:AOTConfiguration=threshold.aotconf");
        Tools.run(List.of(launcher), data, "cache.log", "THRESHOLD_HOME", home,
                "JAVA_TOOL_OPTIONS", "-XX:AOTMode=create -XX:AOTConfiguration=threshold.aotconf -XX:AOTCache=" + CACHE);
        if (!Files.isRegularFile(data.resolve(CACHE))) {
            Package.fail("The training run made no AOT cache; its output is in " + data.resolve("cache.log"));
        }
        Files.copy(data.resolve(CACHE), AppImage.appFolder(appImage, build.os).resolve(CACHE));
        for (Path settings : AppImage.launcherSettings(appImage, build.os)) {
            useCache(settings);
        }
    }

    /** Adds the cache to a launcher's [JavaOptions]; jpackage cannot, as the cache only exists after the image does. */
    private static void useCache(Path settings) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(settings));
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            Package.fail(settings + " has no [JavaOptions] section");
        }
        lines.add(section + 1, "java-options=-XX:AOTCache=$APPDIR/" + CACHE);
        settings.toFile().setWritable(true);
        Files.write(settings, lines);
    }
}
