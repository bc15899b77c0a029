package org.threshold.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a child such as {@link StoreChild} in a JVM of its own, on the test classpath, tuned to start quickly. */
public final class ChildJvm {
    /** Computed once: every round of every test reuses it. */
    private static final String CLASSPATH = System.getProperty("java.class.path");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private ChildJvm() {
    }

    static Process start(Path stderr, List<String> jvmOptions, String... args) throws IOException {
        return start(StoreChild.class, stderr, jvmOptions, args);
    }

    public static Process start(Class<?> main, Path stderr, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA,
                // A child lives well under a second: the quick compiler and a small heap start fastest.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-XX:-UsePerfData", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(CLASSPATH);
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()))
                .start();
    }

    /** For the child: the test holds its standard input open; when it ends, so does the child, rather than write on alone. */
    public static void exitWhenTheTestGoesAway() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Nothing is sent; reading only waits for the end of the stream.
                }
            } catch (IOException e) {
                // Same as the end of the stream.
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
