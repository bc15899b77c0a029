package org.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks docs/benchmarks.md names are built against the app's own code, and never run by
 * the build: a change to the app that breaks them would otherwise be found only by the next
 * person to measure. They compile here against the same classes the tests use.
 */
class BenchmarksCompileTest {
    @TempDir
    Path out;

    @Test
    void everyBenchmarkProgramCompilesAgainstTheAppAsItIsNow() throws Exception {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("bench/src")), Files.list(Path.of("bench")))) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().forEach(sources::add);
        }
        assertFalse(sources.isEmpty(), "bench/ holds the benchmark programs");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"),
                "-proc:none", "-Xlint:none"));
        args.addAll(sources);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int status = javac.run(null, null, errors, args.toArray(String[]::new));

        assertEquals(0, status, "the benchmarks no longer compile against the app:\n"
                + errors.toString(StandardCharsets.UTF_8));
    }
}
