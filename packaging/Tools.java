import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/** Running the JDK's tools and the app's launcher for the build, and the file chores around them. */
final class Tools {
    private Tools() {
    }

    static void tool(String name, String... args) {
        System.out.println("> " + name + " " + String.join(" ", args));
        int status = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(name + " is not in this JDK"))
                .run(System.out, System.err, args);
        if (status != 0) {
            Package.fail(name + " failed with status " + status);
        }
    }

    static String capture(String name, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = ToolProvider.findFirst(name).orElseThrow().run(out, System.err, args);
        if (status != 0) {
            Package.fail(name + " failed with status " + status);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Runs a command in {@code folder}, its output going to {@code log} there; fails the build if it fails. */
    static void run(List<String> command, Path folder, String log, String... environment)
            throws IOException, InterruptedException {
        Path output = folder.resolve(log);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        for (int i = 0; i < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            Package.fail(command + " did not finish in 10 minutes; its output is in " + output);
        }
        if (process.exitValue() != 0) {
            Package.fail(command + " failed with status " + process.exitValue() + ":\n" + Files.readString(output));
        }
    }

    static long treeSize(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    path.toFile().setWritable(true);
                    Files.delete(path);
                }
            }
        }
    }
}
