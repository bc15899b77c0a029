package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.Main;

/**
 * Opening the window loads only what its first frame needs: not the JSON library (packs and
 * templates), not the exports (summaries, comparisons, archives) and not the command line's
 * commands. Read from the class-loading log of a real start in a JVM of its own, headless.
 */
class LazyStartTest {
    private static final List<String> NOT_BEFORE_THE_FIRST_FRAME = List.of("com.fasterxml.jackson.",
            "org.threshold.report.", "org.threshold.workshop.summary.", "org.threshold.ui.export.ExportDialogs",
            "org.threshold.cli.ExportCommand", "org.threshold.content.PackReader", "org.apache.poi.",
            "com.openhtmltopdf.", "org.apache.pdfbox.", "org.apache.commons.csv.");

    @TempDir
    Path home;

    @Test
    void theFirstFrameIsDrawnBeforeTheJsonLibraryOrTheExportsAreLoaded() throws Exception {
        List<String> beforeFirstFrame = classesLoadedBeforeTheFirstFrame();
        assertTrue(beforeFirstFrame.contains("org.threshold.ui.home.HomeView"), "the home screen was drawn");
        List<String> early = beforeFirstFrame.stream()
                .filter(name -> NOT_BEFORE_THE_FIRST_FRAME.stream().anyMatch(name::startsWith)).toList();
        assertEquals(List.of(), early);
    }

    /** Class names in load order up to the line where the app prints its first-frame time. */
    private List<String> classesLoadedBeforeTheFirstFrame() throws IOException, InterruptedException {
        Path log = home.resolve("stdout.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Xmx256m", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--exit-after-first-frame"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("THRESHOLD_HOME", home.resolve("data").toString());
        Process app = builder.start();
        assertTrue(app.waitFor(5, TimeUnit.MINUTES), "the app exited after its first frame");
        assertEquals(0, app.exitValue(), () -> tail(log));
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.matches("\\d+")) {
                return classes;
            }
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                classes.add(rest.substring(0, rest.indexOf(' ')));
            }
        }
        throw new AssertionError("The app never reported its first frame: " + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
